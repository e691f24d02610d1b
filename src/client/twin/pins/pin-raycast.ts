import { Matrix4, Vector3, type InstancedMesh, type Intersection, type Raycaster } from 'three';
import { pinGrowth } from './pin-growth.ts';
import { MARKER, MARKER_HEAD_CENTRE } from './pin-marker-geometry.ts';

/** A finger is wider than a marker's head seen from afar: the hit area is this much wider. */
const TAP_SLOP = 1.5;

const instance = new Matrix4();
const tip = new Vector3();
const head = new Vector3();
const scale = new Vector3();
const onRay = new Vector3();

/**
 * Raycasts the pins as drawn: each marker grown with its distance (the shader does the same),
 * hit within a capsule from its tip to its head a little wider than the head. three's own
 * InstancedMesh raycast would test the markers at real size, so a tap on a marker seen from
 * the overview would fall through to the ground behind it.
 */
export function raycastPins(mesh: InstancedMesh, raycaster: Raycaster, intersects: Intersection[]): void {
  const ray = raycaster.ray;
  for (let i = 0; i < mesh.count; i++) {
    mesh.getMatrixAt(i, instance);
    instance.premultiply(mesh.matrixWorld);
    tip.setFromMatrixPosition(instance);
    const size = scale.setFromMatrixScale(instance).y * pinGrowth(ray.origin.distanceTo(tip));
    head.set(tip.x, tip.y + MARKER_HEAD_CENTRE * size, tip.z);
    const reach = MARKER.headRadius * size * TAP_SLOP;
    if (ray.distanceSqToSegment(tip, head, onRay) > reach * reach) continue;
    const distance = ray.origin.distanceTo(onRay);
    if (distance < raycaster.near || distance > raycaster.far) continue;
    intersects.push({ distance, point: onRay.clone(), object: mesh, instanceId: i });
  }
}
