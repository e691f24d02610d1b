import type { Annotation } from '../../../core/domain/state.ts';
import type { Category, Stage } from '../../../core/protocol/primitives.ts';

/**
 * Which pins the list shows. Within a group the chips add up (idea OR concern); across groups
 * they narrow (ideas AND about option A). An empty group does not filter.
 */
export interface AnnotationFilter {
  categories: readonly Category[];
  optionIds: readonly string[];
  stages: readonly Stage[];
  mineOnly: boolean;
}

export const NO_FILTER: AnnotationFilter = { categories: [], optionIds: [], stages: [], mineOnly: false };

export function matchesFilter(pin: Annotation, filter: AnnotationFilter, viewerId: string): boolean {
  if (filter.categories.length && !(pin.category && filter.categories.includes(pin.category))) return false;
  if (filter.optionIds.length && !(pin.optionId && filter.optionIds.includes(pin.optionId))) return false;
  if (filter.stages.length && !(pin.stage && filter.stages.includes(pin.stage))) return false;
  if (filter.mineOnly && pin.authorId !== viewerId) return false;
  return true;
}

export function filterPins(pins: readonly Annotation[], filter: AnnotationFilter, viewerId: string): Annotation[] {
  return pins.filter((pin) => matchesFilter(pin, filter, viewerId));
}

/** Adds `value` to the list, or takes it out if it is there (one chip tapped). */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** How many chips are on: shown on the folded filter bar so nobody wonders where pins went. */
export function activeFilterCount(filter: AnnotationFilter): number {
  return filter.categories.length + filter.optionIds.length + filter.stages.length + (filter.mineOnly ? 1 : 0);
}
