import { BufferAttribute, BufferGeometry, Color, DynamicDrawUsage, Points } from 'three';
import type { TwinUserData } from '../picking/feature-id.ts';
import { pinCapacity, type PinInstanceData } from './pin-instance-data.ts';
import { createPinSpriteMaterial, type SpriteUniforms } from './pin-sprite-material.ts';

const colour = new Color();

/**
 * Every pin as one point (one draw call, one vertex each: the cheapest thing a software
 * renderer can draw ten thousand of), drawn as a pin-shaped sprite. An index names the points
 * drawn (setDrawn): not the pins near the camera, which are 3D markers, nor those hidden behind
 * a nearer one (pin-occlusion.ts). Positions and colours are written when the pins or the
 * selection change, never per frame; when the pins outgrow the buffers a larger geometry
 * replaces the old one (a buffer cannot grow in place).
 */
export class PinSprites {
  readonly points: Points;
  private readonly uniforms: SpriteUniforms;
  /** the index buffer's array: the points drawn */
  private drawn = new Uint32Array(0);
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
    this.count = n;
    // every pin until the first occlusion pass says which are seen
    for (let i = 0; i < n; i++) this.drawn[i] = i;
    this.setDrawnCount(n);
  }

  /** The array to write the drawn points' indices into (room for every pin). */
  get drawnIndices(): Uint32Array {
    return this.drawn;
  }

  /** Draws the first `count` points named in drawnIndices. */
  setDrawnCount(count: number): void {
    const geometry = this.points.geometry;
    geometry.index!.needsUpdate = true;
    // only the part written is uploaded
    geometry.index!.clearUpdateRanges();
    geometry.index!.addUpdateRange(0, count);
    geometry.setDrawRange(0, count);
    this.points.visible = count > 0;
  }

  setScale(index: number, scale: number): void {
    if (index < 0 || index >= this.count) return;
    this.scales[index] = scale;
    this.points.geometry.getAttribute('pinScale').needsUpdate = true;
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
    this.drawn = new Uint32Array(capacity);
    geometry.setIndex(new BufferAttribute(this.drawn, 1).setUsage(DynamicDrawUsage));
    geometry.setDrawRange(0, 0);
    return geometry;
  }
}

type PointsMaterial = import('three').PointsMaterial;
