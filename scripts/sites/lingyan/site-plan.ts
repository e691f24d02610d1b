// The 2D site plan in site.json (the place picker's drawing without 3D), drawn from the same
// parameters as the 3D layers so the two always agree: the study-area boundary and the two
// streets' centrelines, meeting at the junction.
import type { LngLat, StreetFrame } from '../street-frame.ts';
import { LINGYAN, LINGZHAO, PLAN_BOUNDARY } from './parameters.ts';

export function sitePlan(frame: StreetFrame) {
  const { halfWidth, south, north } = PLAN_BOUNDARY;
  // counter-clockwise from the south-west corner, closed
  const corners: [number, number][] = [[-halfWidth, south], [halfWidth, south], [halfWidth, north], [-halfWidth, north]];
  const boundary: LngLat[] = corners.map((p) => frame.toLngLat(p));
  boundary.push([...boundary[0]!]);
  const y = LINGZHAO.centreY;
  return {
    boundary,
    streets: [
      { name: { ...LINGYAN.name }, line: [[0, LINGYAN.south], [0, y], [0, LINGYAN.north]].map((p) => frame.toLngLat(p as [number, number])) },
      { name: { ...LINGZHAO.name }, line: [[-LINGZHAO.reach, y], [0, y], [LINGZHAO.reach, y]].map((p) => frame.toLngLat(p as [number, number])) },
    ],
  };
}
