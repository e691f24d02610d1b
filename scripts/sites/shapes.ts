// Flat shapes in a street frame (metres): the few a street drawing needs — rectangles, quarter
// arcs for kerb returns — and rings closed and wound the way RFC 7946 asks (exterior
// counter-clockwise).
import type { StreetPoint } from './street-frame.ts';

export type Ring = StreetPoint[];

/** Axis-aligned rectangle between two x and two y values (in any order). */
export function rect(x1: number, x2: number, y1: number, y2: number): Ring {
  const [xa, xb] = x1 < x2 ? [x1, x2] : [x2, x1];
  const [ya, yb] = y1 < y2 ? [y1, y2] : [y2, y1];
  return [[xa, ya], [xb, ya], [xb, yb], [xa, yb]];
}

/**
 * Points on a circular arc from angle `fromDeg` to `toDeg` (maths convention: 0 = +x, 90 = +y),
 * both ends included. Kerb returns use a few degrees per step: at a 6 m radius, 8 steps keep
 * the chord within 3 cm of the true curve.
 */
export function arc(centre: StreetPoint, radius: number, fromDeg: number, toDeg: number, steps = 8): StreetPoint[] {
  const points: StreetPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    points.push([centre[0] + radius * Math.cos(a), centre[1] + radius * Math.sin(a)]);
  }
  return points;
}

/** Twice the signed area (positive when counter-clockwise). */
export function signedArea2(ring: readonly StreetPoint[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Mirror across the street centreline (x → −x): the west side drawn from the east side. */
export function mirrorX(ring: readonly StreetPoint[], side: 1 | -1): Ring {
  return ring.map(([x, y]) => [x * side, y] as const);
}

/**
 * The ring without repeated consecutive points, counter-clockwise. Mirroring flips the winding,
 * and the street frame is a rotation of east–north (no reflection), so counter-clockwise here is
 * counter-clockwise on the map too.
 */
export function normaliseRing(ring: readonly StreetPoint[]): Ring {
  const out: StreetPoint[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(last[0] - p[0], last[1] - p[1]) > 1e-6) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) <= 1e-6) out.pop();
  return signedArea2(out) < 0 ? out.reverse() : out;
}
