import type { EnuPoint } from '../../../core/geo/enu.ts';

export type Side = 'north' | 'east' | 'south' | 'west';

type Flat = Pick<EnuPoint, 'east' | 'north'>;

/**
 * Which side of a street a point is on, as people say it ("the east side of the road"): the
 * direction from the nearest point of the street's centreline to the point, rounded to one of
 * four. Null for a point on the line itself.
 */
export function sideOfStreet(point: Flat, line: readonly Flat[]): Side | null {
  let best: { east: number; north: number; distance: number } | null = null;
  for (let i = 0; i + 1 < line.length; i++) {
    const foot = nearestOnSegment(point, line[i]!, line[i + 1]!);
    const east = point.east - foot.east;
    const north = point.north - foot.north;
    const distance = Math.hypot(east, north);
    if (!best || distance < best.distance) best = { east, north, distance };
  }
  if (!best || best.distance < 0.5) return null;
  if (Math.abs(best.east) >= Math.abs(best.north)) return best.east > 0 ? 'east' : 'west';
  return best.north > 0 ? 'north' : 'south';
}

function nearestOnSegment(p: Flat, a: Flat, b: Flat): Flat {
  const dx = b.east - a.east;
  const dy = b.north - a.north;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((p.east - a.east) * dx + (p.north - a.north) * dy) / lengthSquared));
  return { east: a.east + t * dx, north: a.north + t * dy };
}
