import { Color, DynamicDrawUsage, InstancedBufferAttribute, InstancedMesh, Matrix4 } from 'three';
import type { TwinUserData } from '../picking/feature-id.ts';
import type { PinInstanceData } from './pin-instance-data.ts';
import { createPinMarkerGeometry } from './pin-marker-geometry.ts';
import { createPinMarkerMaterial } from './pin-marker-material.ts';
import { NEAR_MAX } from './pin-near-set.ts';

const matrix = new Matrix4();
const colour = new Color();

/**
 * The pins near the camera as low-poly 3D markers: one InstancedMesh of at most NEAR_MAX
 * instances (one draw call), rewritten when the near set changes — the camera has moved a few
 * metres, or the pins changed — never per frame. No shadow pass: pins throw no shadows, which
 * would read as more pins and cost a second draw.
 */
export class PinMarkers {
  readonly mesh: InstancedMesh;
  /** pin index drawn by each instance */
  private pinIndices: number[] = [];

  constructor() {
    this.mesh = new InstancedMesh(createPinMarkerGeometry(), createPinMarkerMaterial(), NEAR_MAX);
    this.mesh.name = 'pins-near';
    this.mesh.count = 0;
    this.mesh.visible = false;
    this.mesh.castShadow = false;
    this.mesh.receiveShadow = false;
    this.mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    this.mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(NEAR_MAX * 3), 3);
    this.mesh.userData = { layer: 'pins' } satisfies TwinUserData;
  }

  /** The pin an instance draws. */
  pinIndexOf(instanceId: number): number {
    return this.pinIndices[instanceId] ?? -1;
  }

  write(data: PinInstanceData, pinIndices: readonly number[], scaleOf: (pinIndex: number) => number): void {
    this.pinIndices = pinIndices.slice(0, NEAR_MAX);
    const p = data.positions;
    this.pinIndices.forEach((pin, i) => {
      const s = scaleOf(pin);
      matrix.makeScale(s, s, s).setPosition(p[pin * 3]!, p[pin * 3 + 1]!, p[pin * 3 + 2]!);
      this.mesh.setMatrixAt(i, matrix);
      this.mesh.setColorAt(i, colour.setHex(data.colours[pin]!));
    });
    this.mesh.count = this.pinIndices.length;
    this.mesh.visible = this.pinIndices.length > 0;
    this.mesh.instanceMatrix.needsUpdate = true;
    this.mesh.instanceColor!.needsUpdate = true;
    this.mesh.computeBoundingSphere();
  }

  dispose(): void {
    this.mesh.dispose();
    this.mesh.geometry.dispose();
    (this.mesh.material as import('three').Material).dispose();
  }
}
