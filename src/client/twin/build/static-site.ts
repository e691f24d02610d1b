import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { SceneBundle, SurfaceLayer } from '../../../core/site/scene-schema.ts';
import { buildBuildings, type BuildingsMesh } from './building-meshes.ts';
import { DEFAULT_LAYER_MATERIAL, SURFACE_ELEVATION, type SurfaceLayerName } from './surface-palette.ts';
import { buildFlatSurfaces, type AreaFeature, type FlatSurfaceMesh } from './surface-meshes.ts';

/** A merged flat mesh and the layer it belongs to (the layer sets its height and offset). */
export interface LayerSurfaceMesh extends FlatSurfaceMesh {
  layer: SurfaceLayerName;
}

/** The street's parts that no option changes: built once per scene bundle. */
export interface StaticSiteMeshes {
  surfaces: LayerSurfaceMesh[];
  buildings: BuildingsMesh | undefined;
}

const BASE_LAYERS = ['carriageway', 'sidewalks', 'green'] as const;

export function surfaceFeatures(layer: SurfaceLayer | undefined, fallback: AreaFeature['material']): AreaFeature[] {
  return (layer?.features ?? []).map((f) => ({ id: f.id, geometry: f.geometry, material: f.properties.material ?? fallback }));
}

export function buildStaticSite(frame: EnuFrame, bundle: SceneBundle): StaticSiteMeshes {
  const surfaces = BASE_LAYERS.flatMap((layer) =>
    buildFlatSurfaces(frame, surfaceFeatures(bundle.layers[layer], DEFAULT_LAYER_MATERIAL[layer]), SURFACE_ELEVATION[layer]).map((mesh) => ({ ...mesh, layer })),
  );
  return { surfaces, buildings: buildBuildings(frame, bundle.layers.buildings) };
}

export function disposeStaticSite(meshes: StaticSiteMeshes): void {
  meshes.surfaces.forEach((s) => s.geometry.dispose());
  meshes.buildings?.geometry.dispose();
}
