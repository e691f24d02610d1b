import type { SitePack } from '../../../core/site/schema.ts';
import { createPlanProjection, type PlanProjection } from './plan-projection.ts';

// One projection per site pack object: the pack arrives once per join, and every view that
// draws or names places (plan, list, thread) shares the same frame instead of rebuilding it.
const projections = new WeakMap<SitePack, PlanProjection>();

export function planProjectionFor(site: SitePack): PlanProjection {
  let projection = projections.get(site);
  if (!projection) {
    projection = createPlanProjection(site);
    projections.set(site, projection);
  }
  return projection;
}
