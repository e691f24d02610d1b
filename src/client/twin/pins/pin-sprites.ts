import { BufferAttribute, BufferGeometry, Color, DynamicDrawUsage, Points, type Vector3 } from 'three';
import type { TwinUserData } from '../picking/feature-id.ts';
import { pinCapacity, type PinInstanceData } from './pin-instance-data.ts';
import { createPinSpriteMaterial, type SpriteUniforms } from './pin-sprite-material.ts';

const colour = new Color();

/**
 * Every pin as one point (one draw call, one vertex each: the cheapest thing a software
 * renderer can draw ten thousand of), drawn as a pin-shaped sprite; the pins near the camera
 * are left out of it and drawn as 3D markers instead. Buffers are written when the pins or the
 * selection change, never per frame; when the pins outgrow them a larger geometry replaces
 * the old one (a buffer cannot grow in place).
 */
export class PinSprites {
  readonly points: Points;
  private readonly uniforms: SpriteUniforms;
  private capacity = 0;
  private count = 0;

  constructor() {
    const { material, uniforms } = createPinSpriteMaterial();
    this.uniforms = uniforms;
    this.points = new Points(this.createGeometry(pinCapacity(0)), material);
    this.points.name = 'pins';
    this.points.visible = false;
    // a pin's sprite reaches above its tip, outside the points' extent three would cull by
    this.points.frustumCulled = false;
    this.points.userData = { layer: 'pins' } satisfies TwinUserData;
  }

  get scales(): Float32Array {
    return this.points.geometry.getAttribute('pinScale').array as Float32Array;
  }

  write(data: PinInstanceData, selectedIndex: number, selectedScale: number): void {
    const n = data.ids.length;
    if (n > this.capacity) {
      const old = this.points.geometry;
      this.points.geometry = this.createGeometry(pinCapacity(n, this.capacity));
      old.dispose();
    }
    const geometry = this.points.geometry;
    const position = geometry.getAttribute('position') as BufferAttribute;
    const colours = geometry.getAttribute('color') as BufferAttribute;
    (position.array as Float32Array).set(data.positions);
    for (let i = 0; i < n; i++) {
      colour.setHex(data.colours[i]!);
      colours.setXYZ(i, colour.r, colour.g, colour.b);
    }
    const scales = this.scales;
    scales.fill(1, 0, n);
    if (selectedIndex >= 0) scales[selectedIndex] = selectedScale;
    position.needsUpdate = true;
    colours.needsUpdate = true;
    geometry.getAttribute('pinScale').needsUpdate = true;
    geometry.setDrawRange(0, n);
    this.count = n;
    this.points.visible = n > 0;
  }

  setScale(index: number, scale: number): void {
    if (index < 0 || index >= this.count) return;
    this.scales[index] = scale;
    this.points.geometry.getAttribute('pinScale').needsUpdate = true;
  }

  /** Leaves out the pins closer than `radius` to `centre`: the near markers draw those. */
  leaveOutNear(centre: Vector3, radius: number): void {
    this.uniforms.pinNearCentre.value.copy(centre);
    this.uniforms.pinNearRadius.value = radius;
  }

  /** Sets the sprites' smallest height (spriteMinNdc of the view's height). */
  setMinHeight(minNdc: number): void {
    this.uniforms.pinMinNdc.value = minNdc;
  }

  dispose(): void {
    this.points.geometry.dispose();
    (this.points.material as PointsMaterial).dispose();
  }

  private createGeometry(capacity: number): BufferGeometry {
    this.capacity = capacity;
    const geometry = new BufferGeometry();
    const attribute = (size: number) => new BufferAttribute(new Float32Array(capacity * size), size).setUsage(DynamicDrawUsage);
    geometry.setAttribute('position', attribute(3));
    geometry.setAttribute('color', attribute(3));
    geometry.setAttribute('pinScale', attribute(1));
    geometry.setDrawRange(0, 0);
    return geometry;
  }
}

type PointsMaterial = import('three').PointsMaterial;
