import { Shape, Path, Vector2 } from 'three';
import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { AreaGeometry } from '../../../core/site/geojson-schema.ts';

// GeoJSON areas become three.js Shapes in the site's ground plane: shape x = metres east,
// shape y = metres north. Geometry made from them is rotated −90° about X, which maps
// (east, north) to scene (x, −z): the frame convention of DESIGN.md, reached only through enu.ts.

type Ring = readonly (readonly number[])[];

/** A ring's corners in the ground plane, without GeoJSON's closing repeat of the first corner. */
export function ringToPlanePoints(frame: EnuFrame, ring: Ring): Vector2[] {
  const points = ring.map(([lng, lat]) => {
    const { east, north } = frame.toEnu({ lng: lng!, lat: lat! });
    return new Vector2(east, north);
  });
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first && last && first.distanceTo(last) < 1e-6) points.pop();
  return points;
}

/** One GeoJSON polygon (outer ring, then holes) as a Shape; undefined when the outer ring has
 * fewer than three corners, which no triangulation can fill. */
export function polygonToShape(frame: EnuFrame, rings: readonly Ring[]): Shape | undefined {
  const [outer, ...holes] = rings;
  if (!outer) return undefined;
  const outerPoints = ringToPlanePoints(frame, outer);
  if (outerPoints.length < 3) return undefined;
  const shape = new Shape(outerPoints);
  for (const hole of holes) {
    const holePoints = ringToPlanePoints(frame, hole);
    if (holePoints.length >= 3) shape.holes.push(new Path(holePoints));
  }
  return shape;
}

/** A Polygon or MultiPolygon as the Shapes that fill it. */
export function areaToShapes(frame: EnuFrame, geometry: AreaGeometry): Shape[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => {
    const shape = polygonToShape(frame, rings);
    return shape ? [shape] : [];
  });
}
