// Plain planar predicates on rings in metres, for checking a drawn site: is a point inside, how
// far from an edge, do two areas overlap. Edges that merely touch (a sidewalk against a wall, a
// kerb shared by two surfaces) are not overlaps: everything is judged with a tolerance of a few
// centimetres, which also absorbs the rounding of coordinates in the files.
export type Point = readonly [number, number];
export type PlanarRing = readonly Point[];

export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function edges(ring: PlanarRing): [Point, Point][] {
  // Rings may or may not repeat their first point at the end; a zero-length edge is harmless.
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length]!]);
}

export function distanceToBoundary(p: Point, ring: PlanarRing): number {
  return Math.min(...edges(ring).map(([a, b]) => distanceToSegment(p, a, b)));
}

/** Even–odd ray casting; points on the boundary may come out either way. */
export function isInside(p: Point, ring: PlanarRing): boolean {
  let inside = false;
  for (const [a, b] of edges(ring)) {
    if (a[1] > p[1] !== b[1] > p[1]) {
      const x = a[0] + ((p[1] - a[1]) * (b[0] - a[0])) / (b[1] - a[1]);
      if (p[0] < x) inside = !inside;
    }
  }
  return inside;
}

/** Inside and farther than `tolerance` from the boundary. */
export function isWellInside(p: Point, ring: PlanarRing, tolerance: number): boolean {
  return isInside(p, ring) && distanceToBoundary(p, ring) > tolerance;
}

/** Signed distance of `p` from the line through a and b (positive to the left). */
function side(p: Point, a: Point, b: Point): number {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length === 0) return 0;
  return ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / length;
}

/** The two segments cross each other clearly: each one's ends lie on opposite sides of the
 * other, both by more than `tolerance`. Touching and collinear segments do not cross. */
function segmentsCross(a1: Point, a2: Point, b1: Point, b2: Point, tolerance: number): boolean {
  const s1 = side(b1, a1, a2);
  const s2 = side(b2, a1, a2);
  const s3 = side(a1, b1, b2);
  const s4 = side(a2, b1, b2);
  return ((s1 > tolerance && s2 < -tolerance) || (s1 < -tolerance && s2 > tolerance)) && ((s3 > tolerance && s4 < -tolerance) || (s3 < -tolerance && s4 > tolerance));
}

function centroid(ring: PlanarRing): Point {
  const n = ring.length;
  return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
}

/**
 * Do two simple polygons share some area? True when their edges cross, when a corner (or the
 * middle of an edge) of one lies well inside the other, or when one's centre does (two identical
 * rectangles have neither crossings nor corners inside each other).
 */
export function ringsOverlap(a: PlanarRing, b: PlanarRing, tolerance = 0.03): boolean {
  for (const [a1, a2] of edges(a)) for (const [b1, b2] of edges(b)) if (segmentsCross(a1, a2, b1, b2, tolerance)) return true;
  const probes = (ring: PlanarRing) => [...ring, ...edges(ring).map(([p, q]) => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2] as const)];
  if (probes(a).some((p) => isWellInside(p, b, tolerance))) return true;
  if (probes(b).some((p) => isWellInside(p, a, tolerance))) return true;
  const ca = centroid(a);
  const cb = centroid(b);
  return (isWellInside(ca, a, tolerance) && isWellInside(ca, b, tolerance)) || (isWellInside(cb, b, tolerance) && isWellInside(cb, a, tolerance));
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundingBox(ring: PlanarRing): Box {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

export function boxesOverlap(a: Box, b: Box, tolerance = 0): boolean {
  return a.minX < b.maxX - tolerance && b.minX < a.maxX - tolerance && a.minY < b.maxY - tolerance && b.minY < a.maxY - tolerance;
}
