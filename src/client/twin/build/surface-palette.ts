import type { SurfaceMaterial } from '../../../core/site/scene-schema.ts';

/** How a ground surface looks: an sRGB base colour and roughness, plus an optional pattern.
 * Plain colours keep the scene light and read well from above and at eye height alike. */
export interface SurfaceLook {
  color: string;
  roughness: number;
  /** planting beds are drawn as soil with green speckles, not flat brown */
  pattern?: 'planting';
}

export const SURFACE_LOOKS: Record<SurfaceMaterial, SurfaceLook> = {
  asphalt: { color: '#4b4e53', roughness: 0.95 },
  paving: { color: '#cdc5b6', roughness: 0.9 },
  'permeable-paving': { color: '#b5aa97', roughness: 0.95 },
  'planting-bed': { color: '#ffffff', roughness: 1, pattern: 'planting' },
  lawn: { color: '#6f9b4b', roughness: 1 },
  soil: { color: '#6a5039', roughness: 1 },
  'bike-lane': { color: '#2e7d82', roughness: 0.9 },
  plaza: { color: '#d8c092', roughness: 0.85 },
  gravel: { color: '#a49c8e', roughness: 1 },
  water: { color: '#4c7c9b', roughness: 0.2 },
};

/** What each base layer is made of when its features do not say. */
export const DEFAULT_LAYER_MATERIAL = {
  carriageway: 'asphalt',
  sidewalks: 'paving',
  green: 'lawn',
} as const satisfies Record<string, SurfaceMaterial>;

/**
 * Heights above the ground plane, metres, in drawing order. Flat layers overlap (a sidewalk
 * drawn over the road's edge, an option's bike lane over the sidewalk), so each sits a little
 * higher than the one below; the materials add a polygon offset as well, because a centimetre
 * is below depth-buffer precision when the whole street is in view.
 */
export const SURFACE_ELEVATION = {
  carriageway: 0.02,
  sidewalks: 0.04,
  green: 0.06,
  option: 0.09,
} as const;

export type SurfaceLayerName = keyof typeof SURFACE_ELEVATION;

/** Drawing rank of a layer, for its polygon offset: higher layers win the depth test. */
export function surfaceLayerRank(layer: SurfaceLayerName): number {
  return Object.keys(SURFACE_ELEVATION).indexOf(layer) + 1;
}
