import { describe, expect, it } from 'vitest';
import { createEnuFrame } from './enu.ts';

// Expected values come from the WGS-84 defining constants and textbook radii of curvature,
// independently of the library under test.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const DEG = Math.PI / 180;

/** Meridian radius of curvature at latitude φ (radians). */
function meridianRadius(phi: number): number {
  return (A * (1 - E2)) / (1 - E2 * Math.sin(phi) ** 2) ** 1.5;
}

/** Prime-vertical radius of curvature at latitude φ (radians). */
function primeVerticalRadius(phi: number): number {
  return A / Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
}

const origin = { lng: 121.5065, lat: 31.2 };
const frame = createEnuFrame(origin);

describe('createEnuFrame', () => {
  it('puts the origin at (0, 0, 0)', () => {
    const e = frame.toEnu(origin);
    expect(e.east).toBeCloseTo(0, 9);
    expect(e.north).toBeCloseTo(0, 9);
    expect(e.up).toBeCloseTo(0, 9);
  });

  it('puts a point 0.001° north at the meridian arc length north', () => {
    const dLat = 0.001;
    const expected = meridianRadius((origin.lat + dLat / 2) * DEG) * dLat * DEG;
    expect(expected).toBeGreaterThan(110.8);
    expect(expected).toBeLessThan(111.0);

    const e = frame.toEnu({ lng: origin.lng, lat: origin.lat + dLat });
    expect(Math.abs(e.north - expected)).toBeLessThan(0.05);
    expect(Math.abs(e.east)).toBeLessThan(1e-6);
  });

  it('puts a point east by Δλ at N·cosφ·Δλ', () => {
    const dLng = 0.001;
    const phi = origin.lat * DEG;
    const expected = primeVerticalRadius(phi) * Math.cos(phi) * dLng * DEG;

    const e = frame.toEnu({ lng: origin.lng + dLng, lat: origin.lat });
    expect(Math.abs(e.east - expected)).toBeLessThan(0.05);
    // A due-east neighbour sits on the same parallel, which curves slightly north of the
    // east axis, and below the tangent plane: both by millimetres over ~95 m.
    expect(Math.abs(e.north)).toBeLessThan(0.01);
    expect(Math.abs(e.up)).toBeLessThan(0.01);
  });

  it('measures height differences along up', () => {
    const raised = createEnuFrame({ ...origin, height: 4 });
    expect(raised.toEnu({ ...origin, height: 10 }).up).toBeCloseTo(6, 6);
    expect(raised.origin).toEqual({ ...origin, height: 4 });
  });

  it('round-trips toEnu → fromEnu within 1e-9°', () => {
    const points = [
      { lng: 121.5065, lat: 31.2, height: 0 },
      { lng: 121.5071, lat: 31.2004, height: 12.5 },
      { lng: 121.5012, lat: 31.1953, height: -3 },
      { lng: 121.52, lat: 31.21, height: 80 },
    ];
    for (const p of points) {
      const back = frame.fromEnu(frame.toEnu(p));
      expect(Math.abs(back.lng - p.lng)).toBeLessThan(1e-9);
      expect(Math.abs(back.lat - p.lat)).toBeLessThan(1e-9);
      expect(Math.abs(back.height - p.height)).toBeLessThan(1e-6);
    }
  });

  it('maps east to +x and north to −z in the scene', () => {
    const tenEast = frame.fromEnu({ east: 10, north: 0, up: 0 });
    const [x, y, z] = frame.toScene(tenEast);
    expect(Math.abs(x - 10)).toBeLessThan(0.01);
    expect(Math.abs(y)).toBeLessThan(0.01);
    expect(Math.abs(z)).toBeLessThan(0.01);

    const tenNorth = frame.fromEnu({ east: 0, north: 10, up: 0 });
    const [, , zNorth] = frame.toScene(tenNorth);
    expect(zNorth).toBeLessThan(0);
    expect(Math.abs(zNorth + 10)).toBeLessThan(0.01);
  });

  it('maps +y to up and round-trips through the scene frame', () => {
    const p = frame.fromScene([3, 2, -7]);
    expect(p.height).toBeGreaterThan(1.99);
    const [x, y, z] = frame.toScene(p);
    expect(x).toBeCloseTo(3, 6);
    expect(y).toBeCloseTo(2, 6);
    expect(z).toBeCloseTo(-7, 6);
  });

  it('gives z = +0, not −0, on the east axis', () => {
    const [, , z] = frame.toScene(origin);
    expect(Object.is(z, -0)).toBe(false);
  });

  it('throws a RangeError for a latitude beyond ±90°', () => {
    expect(() => createEnuFrame({ lng: 0, lat: 91 })).toThrow(RangeError);
    expect(() => createEnuFrame({ lng: 0, lat: -90.5 })).toThrow(/lat must be within/);
    expect(() => frame.toEnu({ lng: 121.5, lat: 95 })).toThrow(RangeError);
  });

  it('throws a RangeError for a longitude beyond ±180°', () => {
    expect(() => frame.toEnu({ lng: 181, lat: 31 })).toThrow(/lng must be within/);
  });

  it('throws a RangeError for non-finite input', () => {
    expect(() => createEnuFrame({ lng: Number.NaN, lat: 31 })).toThrow(/origin\.lng must be a finite number/);
    expect(() => frame.toEnu({ lng: 121.5, lat: 31, height: Infinity })).toThrow(RangeError);
    expect(() => frame.fromEnu({ east: 0, north: Number.NaN, up: 0 })).toThrow(/north must be a finite number/);
    expect(() => frame.fromScene([0, 0, -Infinity])).toThrow(RangeError);
    // Values from JSON are not type-checked: a string must fail the same way.
    expect(() => frame.toEnu({ lng: '121.5' as unknown as number, lat: 31 })).toThrow(RangeError);
  });
});
