import { ShapeGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { AreaGeometry } from '../../../core/site/geojson-schema.ts';
import type { SurfaceMaterial } from '../../../core/site/scene-schema.ts';
import { areaToShapes } from '../geo/polygon-shapes.ts';
import { FaceFeatureRanges } from './face-feature-ranges.ts';

export interface AreaFeature {
  id: string;
  material: SurfaceMaterial;
  geometry: AreaGeometry;
}

/** All features of one material in one layer, merged: one draw call. */
export interface FlatSurfaceMesh {
  material: SurfaceMaterial;
  geometry: BufferGeometry;
  featureRanges: FaceFeatureRanges;
}

/**
 * Triangulates flat areas in the ground plane and merges them per material, lifted to
 * `elevation` metres. UVs stay in metres (ShapeGeometry's shape coordinates), so a patterned
 * material repeats at a fixed real-world size on every polygon.
 */
export function buildFlatSurfaces(frame: EnuFrame, features: readonly AreaFeature[], elevation: number): FlatSurfaceMesh[] {
  const byMaterial = new Map<SurfaceMaterial, AreaFeature[]>();
  for (const feature of features) {
    const list = byMaterial.get(feature.material) ?? [];
    list.push(feature);
    byMaterial.set(feature.material, list);
  }
  const meshes: FlatSurfaceMesh[] = [];
  for (const [material, list] of byMaterial) {
    const ranges = new FaceFeatureRanges();
    const parts: BufferGeometry[] = [];
    for (const feature of list) {
      const shapes = areaToShapes(frame, feature.geometry);
      if (shapes.length === 0) continue;
      const part = new ShapeGeometry(shapes);
      part.clearGroups();
      ranges.add(feature.id, (part.index?.count ?? part.attributes.position!.count) / 3);
      parts.push(part);
    }
    if (parts.length === 0) continue;
    const merged = mergeGeometries(parts, false);
    parts.forEach((p) => p.dispose());
    if (!merged) continue;
    // shape (east, north) → scene (x, −z); ShapeGeometry's +Z normal turns to +Y (up)
    merged.rotateX(-Math.PI / 2);
    merged.translate(0, elevation, 0);
    merged.computeBoundingSphere();
    meshes.push({ material, geometry: merged, featureRanges: ranges });
  }
  return meshes;
}
