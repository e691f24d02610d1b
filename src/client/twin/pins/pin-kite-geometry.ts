import { BufferGeometry, Float32BufferAttribute } from 'three';

/** The kite's proportions at real size, metres. */
export const KITE = { height: 3, shoulder: 0.62, halfWidth: 0.8 } as const;

/**
 * A map-pin kite in the billboard's plane (x right, y up, tip at the origin): four facets of
 * different brightness, so a flat marker still reads as a cut gem. The brightness is the
 * vertex colour, multiplied by each instance's category colour.
 */
export function createPinKiteGeometry(): BufferGeometry {
  const { height, shoulder, halfWidth } = KITE;
  const y = height * shoulder;
  const tip = [0, 0, 0];
  const left = [-halfWidth, y, 0];
  const right = [halfWidth, y, 0];
  const middle = [0, y, 0];
  const top = [0, height, 0];
  // counter-clockwise seen from the camera
  const facets: [number[], number[], number[], number][] = [
    [left, middle, top, 1.0],
    [middle, right, top, 0.82],
    [tip, middle, left, 0.7],
    [tip, right, middle, 0.55],
  ];
  const positions: number[] = [];
  const colours: number[] = [];
  for (const [a, b, c, shade] of facets) {
    positions.push(...a, ...b, ...c);
    for (let i = 0; i < 3; i++) colours.push(shade, shade, shade);
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geometry.computeBoundingSphere();
  return geometry;
}
