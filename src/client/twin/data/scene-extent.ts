import type { SceneBundle } from '../../../core/site/scene-schema.ts';
import { buildingHeight } from '../geo/building-height.ts';
import { DEFAULT_TREE_HEIGHT, TREE_MODEL_ID } from '../build/street-objects.ts';

/** The tallest thing on the site (metres): the top of the sun's shadow box. */
export function tallestHeight(bundle: SceneBundle): number {
  let top = 10;
  for (const b of bundle.layers.buildings?.features ?? []) top = Math.max(top, buildingHeight(b.properties));
  for (const t of bundle.layers.trees?.features ?? []) top = Math.max(top, t.properties.height ?? DEFAULT_TREE_HEIGHT);
  return top;
}

/** Every model any state of the street uses: loaded together when the twin opens, so an
 * option switch never waits for the network. */
export function allModelIds(bundle: SceneBundle): string[] {
  const ids = new Set<string>();
  if (bundle.layers.trees?.features.length) ids.add(TREE_MODEL_ID);
  bundle.layers.furniture?.features.forEach((f) => ids.add(f.properties.model));
  for (const option of Object.values(bundle.options)) option.models.forEach((m) => ids.add(m.model));
  return [...ids];
}
