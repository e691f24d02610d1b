import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { OptionScene, SceneBundle } from '../../../core/site/scene-schema.ts';
import { placeOnGround, type ScenePlacement } from '../geo/placement.ts';

/** The shipped model an existing tree (a point in the trees layer) is drawn with. */
export const TREE_MODEL_ID = 'street-tree';
/** Height of an existing tree whose feature gives none (the schema's documented default). */
export const DEFAULT_TREE_HEIGHT = 6;

export type StreetObjectLayer = 'trees' | 'furniture' | 'option-models';

/** One model standing on the street: an existing tree or piece of furniture, or a model an
 * option places. `featureId` is the id annotations attach to. */
export interface StreetObject {
  featureId: string;
  modelId: string;
  layer: StreetObjectLayer;
  placement: ScenePlacement;
  /** trees are scaled to their surveyed height instead of by `placement.scale` */
  targetHeight?: number;
}

/** Existing trees and furniture, without the ones `removed` lists (an option's `removes`). */
export function existingStreetObjects(frame: EnuFrame, bundle: SceneBundle, removed: ReadonlySet<string> = new Set()): StreetObject[] {
  const objects: StreetObject[] = [];
  for (const tree of bundle.layers.trees?.features ?? []) {
    if (removed.has(tree.id)) continue;
    const [lng, lat] = tree.geometry.coordinates;
    // A fixed turn per tree id, so the same tree model does not look stamped along the street.
    const heading = (hashString(tree.id) % 360) + 0.5;
    objects.push({
      featureId: tree.id,
      modelId: TREE_MODEL_ID,
      layer: 'trees',
      placement: placeOnGround(frame, { lng, lat, heading }),
      targetHeight: tree.properties.height ?? DEFAULT_TREE_HEIGHT,
    });
  }
  for (const item of bundle.layers.furniture?.features ?? []) {
    if (removed.has(item.id)) continue;
    const [lng, lat] = item.geometry.coordinates;
    objects.push({
      featureId: item.id,
      modelId: item.properties.model,
      layer: 'furniture',
      placement: placeOnGround(frame, { lng, lat, heading: item.properties.heading, scale: item.properties.scale }),
    });
  }
  return objects;
}

/** The models an option adds. */
export function optionStreetObjects(frame: EnuFrame, option: OptionScene | undefined): StreetObject[] {
  return (option?.models ?? []).map((model) => ({
    featureId: model.id,
    modelId: model.model,
    layer: 'option-models' as const,
    placement: placeOnGround(frame, model),
  }));
}

/**
 * Objects grouped by model, in their original order: each group becomes one InstancedMesh,
 * whose instance i is `group[i]` (so instance ids map back to feature ids).
 */
export function groupByModel(objects: readonly StreetObject[]): Map<string, StreetObject[]> {
  const groups = new Map<string, StreetObject[]>();
  for (const object of objects) {
    const group = groups.get(object.modelId);
    if (group) group.push(object);
    else groups.set(object.modelId, [object]);
  }
  return groups;
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
