import type { Object3D } from 'three';
import type { FaceFeatureRanges } from '../build/face-feature-ranges.ts';

/**
 * How a mesh of the twin says which site feature was hit. Exactly one of these is set in
 * `userData`, depending on how the mesh was built:
 * - `featureId`: a mesh drawing one feature;
 * - `instanceFeatureIds[instanceId]`: an InstancedMesh (trees, furniture, option models);
 * - `faceFeatureRanges`: a merged mesh (buildings, surfaces), looked up by triangle.
 * `layer` names what kind of thing it is ("buildings", "trees", "ground", …); an InstancedMesh
 * mixing kinds (existing trees and an option's new ones share a model) names each instance's in
 * `instanceLayers`.
 */
export interface TwinUserData {
  layer?: string;
  featureId?: string;
  instanceFeatureIds?: readonly string[];
  instanceLayers?: readonly string[];
  faceFeatureRanges?: FaceFeatureRanges;
}

/** The parts of a raycast intersection (three.js or an R3F event) the lookup reads. */
export interface HitLike {
  object: Object3D;
  faceIndex?: number | null | undefined;
  instanceId?: number | undefined;
}

/** The site feature id of a raycast hit, or undefined for the bare ground and unnamed things. */
export function featureIdOfHit(hit: HitLike): string | undefined {
  const data = hit.object.userData as TwinUserData;
  if (data.featureId) return data.featureId;
  if (data.instanceFeatureIds && hit.instanceId !== undefined) return data.instanceFeatureIds[hit.instanceId];
  if (data.faceFeatureRanges && hit.faceIndex != null) return data.faceFeatureRanges.idAt(hit.faceIndex);
  return undefined;
}

export function layerOfHit(hit: HitLike): string | undefined {
  const data = hit.object.userData as TwinUserData;
  if (data.instanceLayers && hit.instanceId !== undefined) return data.instanceLayers[hit.instanceId];
  return data.layer;
}
