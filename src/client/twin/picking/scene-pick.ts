import type { GeoPoint, SceneVector } from '../../../core/geo/enu.ts';

/**
 * A tap or click on the twin that was not a drag: where it landed, on what. This is what the
 * pins step turns into a new annotation (attached to `featureId` when there is one).
 */
export interface ScenePick {
  /** WGS-84 position of the hit point; `height` is metres above the ground */
  geo: Required<GeoPoint>;
  scene: SceneVector;
  /** the site feature (building, tree, bench, option model…) that was hit, if any */
  featureId?: string;
  /** which layer was hit: "ground", "buildings", "carriageway", "trees", "option-models", … */
  layer?: string;
}
