import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { StreetObject } from './street-objects.ts';

const position = new Vector3();
const rotation = new Quaternion();
const euler = new Euler();
const scale = new Vector3();
const matrix = new Matrix4();

/** The uniform scale an object is drawn at: trees are scaled to their own height, everything
 * else by the pack's `scale`. `modelHeight` is the loaded model's height in metres. */
export function objectScale(object: StreetObject, modelHeight: number): number {
  if (object.targetHeight !== undefined && modelHeight > 0) return object.targetHeight / modelHeight;
  return object.placement.scale;
}

/** Instance matrices (column-major, 16 floats each) for one InstancedMesh. */
export function composeInstanceMatrices(objects: readonly StreetObject[], modelHeight: number): Float32Array {
  const out = new Float32Array(objects.length * 16);
  objects.forEach((object, i) => {
    const s = objectScale(object, modelHeight);
    position.fromArray(object.placement.position);
    rotation.setFromEuler(euler.set(0, object.placement.rotationY, 0));
    matrix.compose(position, rotation, scale.set(s, s, s));
    matrix.toArray(out, i * 16);
  });
  return out;
}

/**
 * Writes `base` scaled by `factor` about each instance's own origin (its foot on the ground)
 * into `out`, from instance `fromInstance` on: the first three columns (the model's axes)
 * shrink, the translation stays. Used every frame of an option's grow-in, so it allocates
 * nothing.
 */
export function scaleInstancesInPlace(base: Float32Array, factor: number, out: Float32Array, fromInstance = 0): void {
  for (let offset = fromInstance * 16; offset < base.length; offset += 16) {
    for (let k = 0; k < 12; k++) out[offset + k] = base[offset + k]! * factor;
    for (let k = 12; k < 16; k++) out[offset + k] = base[offset + k]!;
  }
}
