import { Matrix4, Vector3, type Camera, type InstancedMesh, type Intersection, type Object3D, type Raycaster } from 'three';
import { MARKER, MARKER_EYE_POINT, MARKER_HEAD_CENTRE, MARKER_HIDDEN_WITHIN_METRES } from './pin-marker-geometry.ts';
import { spriteHeightNdc } from './pin-sprite-size.ts';

/** A finger is wider than a marker's head: the hit area is this much wider than it looks. */
const TAP_SLOP = 1.5;
/** …and a sprite is never narrower to a tap than this share of the view's height. */
const MIN_SPRITE_TAP_NDC = 0.07;

const matrix = new Matrix4();
const tip = new Vector3();
const head = new Vector3();
const scale = new Vector3();
const onRay = new Vector3();
const pointer = new Vector3();
const projected = new Vector3();
const inView = new Vector3();

/**
 * Raycasts the near markers: each one a capsule from its tip to its head, a little wider than
 * the head, which is what a finger aims at. `pinIndexOf(instanceId)` maps an instance to the
 * pin it draws; hits report that pin index as `instanceId`.
 */
export function raycastMarkers(mesh: InstancedMesh, pinIndexOf: (instanceId: number) => number, raycaster: Raycaster, hits: Intersection[]): void {
  const ray = raycaster.ray;
  for (let i = 0; i < mesh.count; i++) {
    mesh.getMatrixAt(i, matrix);
    matrix.premultiply(mesh.matrixWorld);
    tip.setFromMatrixPosition(matrix);
    const size = scale.setFromMatrixScale(matrix).y;
    // hidden by its material when this close (pin-marker-material.ts): not there to be hit
    head.set(tip.x, tip.y + MARKER_EYE_POINT * size, tip.z);
    if (head.distanceTo(ray.origin) < MARKER_HIDDEN_WITHIN_METRES) continue;
    head.set(tip.x, tip.y + MARKER_HEAD_CENTRE * size, tip.z);
    const reach = MARKER.headRadius * size * TAP_SLOP;
    if (ray.distanceSqToSegment(tip, head, onRay) > reach * reach) continue;
    const distance = ray.origin.distanceTo(onRay);
    if (distance < raycaster.near || distance > raycaster.far) continue;
    hits.push({ distance, point: onRay.clone(), object: mesh, instanceId: pinIndexOf(i) });
  }
}

export interface SpriteHitSource {
  object: Object3D;
  count: number;
  positions: Float32Array;
  /** the sprite's scale (the selected one is larger) */
  scaleOf(index: number): number;
  /** the sprites' smallest height, NDC, as the shader has it */
  minNdc: number;
  /** whether this pin's sprite is drawn (not a near marker, not hidden behind another) */
  isDrawn(index: number): boolean;
}

/**
 * Raycasts the sprites on screen, as they are drawn: a pin is hit when the pointer falls in
 * its sprite's rectangle, standing on the tip's projection (the shader's sizes, slightly
 * widened for fingers). Needs the camera the ray came from (R3F and setFromCamera set it).
 */
export function raycastSprites(source: SpriteHitSource, raycaster: Raycaster, hits: Intersection[]): void {
  const camera = raycaster.camera as Camera | undefined;
  if (!camera) return;
  const yScale = camera.projectionMatrix.elements[5]!;
  const aspect = yScale / camera.projectionMatrix.elements[0]!; // width / height
  pointer.copy(raycaster.ray.direction).add(raycaster.ray.origin).project(camera);
  const p = source.positions;
  for (let i = 0; i < source.count; i++) {
    if (!source.isDrawn(i)) continue;
    inView.set(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!).applyMatrix4(source.object.matrixWorld);
    const distance = inView.distanceTo(raycaster.ray.origin);
    inView.applyMatrix4(camera.matrixWorldInverse);
    const depth = -inView.z;
    if (depth <= 0) continue;
    projected.copy(inView).applyMatrix4(camera.projectionMatrix);
    const height = Math.max(spriteHeightNdc(yScale, depth, source.minNdc) * source.scaleOf(i), MIN_SPRITE_TAP_NDC);
    // the head takes the middle ~60% of the square; its width in x is the height over the aspect
    const halfWidth = (0.35 * height) / aspect;
    if (Math.abs(pointer.x - projected.x) > halfWidth) continue;
    if (pointer.y < projected.y - 0.1 * height || pointer.y > projected.y + height) continue;
    if (distance < raycaster.near || distance > raycaster.far) continue;
    hits.push({ distance, point: new Vector3(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!), object: source.object, instanceId: i });
  }
}
