import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { SitePlace } from '../../../core/site/schema.ts';
import type { LngLatPoint } from './plan-projection.ts';

/** A pin within this distance of a named place is said to be "at" it in the list. */
export const NEAR_PLACE_METRES = 30;

export const COMPASS_DIRECTIONS = ['north', 'northEast', 'east', 'southEast', 'south', 'southWest', 'west', 'northWest'] as const;
export type CompassDirection = (typeof COMPASS_DIRECTIONS)[number];

export interface PlaceOffset {
  place: SitePlace;
  /** ground distance from the place to the point */
  metres: number;
  /** which way the point lies, seen from the place */
  direction: CompassDirection;
}

/**
 * The named place closest to `point` and where the point lies from it, or null when none is
 * within `maxMetres`. Measured in the site's east–north frame (metres, not degrees: a degree of
 * longitude is only 0.86 of a degree of latitude at Shanghai).
 */
export function nearestPlace(
  frame: EnuFrame,
  places: readonly SitePlace[],
  point: LngLatPoint,
  maxMetres: number = NEAR_PLACE_METRES,
): PlaceOffset | null {
  const target = frame.toEnu(point);
  let best: PlaceOffset | null = null;
  for (const place of places) {
    const from = frame.toEnu(place);
    const east = target.east - from.east;
    const north = target.north - from.north;
    const metres = Math.hypot(east, north);
    if (metres <= maxMetres && (!best || metres < best.metres)) {
      best = { place, metres, direction: compassDirection(east, north) };
    }
  }
  return best;
}

/** One of eight directions for an east/north offset (north for a zero offset). */
export function compassDirection(east: number, north: number): CompassDirection {
  const degreesFromNorth = (Math.atan2(east, north) * 180) / Math.PI;
  const sector = Math.round(((degreesFromNorth + 360) % 360) / 45) % 8;
  return COMPASS_DIRECTIONS[sector]!;
}
