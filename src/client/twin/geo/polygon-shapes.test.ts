import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { rectangle } from '../fixtures/fixture-geometry.ts';
import { areaToShapes, polygonToShape } from './polygon-shapes.ts';

const frame = createEnuFrame({ lng: 121.5065, lat: 31.159 });

describe('GeoJSON polygon → ground-plane shape', () => {
  it('puts a 10×10 m square centred on the origin at ±5 m (x east, y north)', () => {
    const square = rectangle(frame, -5, -5, 5, 5);
    const shape = polygonToShape(frame, square.coordinates)!;
    const points = shape.getPoints();
    expect(points).toHaveLength(4); // GeoJSON's closing repeat is dropped
    for (const p of points) {
      expect(Math.abs(Math.abs(p.x) - 5)).toBeLessThan(0.01);
      expect(Math.abs(Math.abs(p.y) - 5)).toBeLessThan(0.01);
    }
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.min(...xs)).toBeCloseTo(-5, 2);
    expect(Math.max(...xs)).toBeCloseTo(5, 2);
    expect(Math.min(...ys)).toBeCloseTo(-5, 2);
    expect(Math.max(...ys)).toBeCloseTo(5, 2);
  });

  it('keeps inner rings as holes and every polygon of a MultiPolygon', () => {
    const outer = rectangle(frame, -10, -10, 10, 10).coordinates[0]!;
    const inner = rectangle(frame, -2, -2, 2, 2).coordinates[0]!;
    const far = rectangle(frame, 50, 50, 60, 60).coordinates[0]!;
    const shapes = areaToShapes(frame, { type: 'MultiPolygon', coordinates: [[outer, inner], [far]] });
    expect(shapes).toHaveLength(2);
    expect(shapes[0]!.holes).toHaveLength(1);
    expect(shapes[1]!.getPoints()[0]!.x).toBeGreaterThan(49);
  });

  it('skips a ring too small to fill', () => {
    const p = [121.5065, 31.159] as [number, number];
    expect(polygonToShape(frame, [[p, [121.5066, 31.159], p]])).toBeUndefined();
  });
});
