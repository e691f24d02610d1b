import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import type { SitePlace } from '../../../core/site/schema.ts';
import { compassDirection, nearestPlace } from './nearest-place.ts';

const frame = createEnuFrame({ lng: 121.5065, lat: 31.159 });
const at = (east: number, north: number) => {
  const g = frame.fromEnu({ east, north, up: 0 });
  return { lng: g.lng, lat: g.lat };
};
const place = (id: string, east: number, north: number): SitePlace => ({ id, name: { zh: id, en: id }, ...at(east, north) });

const places = [place('junction', 0, 70), place('bus-stop', 10, 110), place('market', 14, -28)];

describe('nearestPlace', () => {
  it('finds the closest named place within 30 m and says which way the point lies', () => {
    const hit = nearestPlace(frame, places, at(0, 82));
    expect(hit?.place.id).toBe('junction');
    expect(hit?.metres).toBeCloseTo(12, 1);
    expect(hit?.direction).toBe('north');
  });

  it('prefers the nearer of two places in range', () => {
    expect(nearestPlace(frame, places, at(6, 95))?.place.id).toBe('bus-stop');
  });

  it('finds nothing beyond 30 m, or beyond a distance the caller chooses', () => {
    expect(nearestPlace(frame, places, at(-60, 20))).toBeNull();
    expect(nearestPlace(frame, places, at(-60, 20), 80)?.place.id).toBe('junction');
    expect(nearestPlace(frame, [], at(0, 0))).toBeNull();
  });

  it('measures in metres, not degrees: 25 m east is in range though it is more degrees than 25 m north', () => {
    expect(nearestPlace(frame, [place('p', 0, 0)], at(25, 0))?.metres).toBeCloseTo(25, 1);
    expect(nearestPlace(frame, [place('p', 0, 0)], at(31, 0))).toBeNull();
  });
});

describe('compassDirection', () => {
  it('names eight directions', () => {
    expect(compassDirection(0, 1)).toBe('north');
    expect(compassDirection(1, 1)).toBe('northEast');
    expect(compassDirection(1, 0)).toBe('east');
    expect(compassDirection(1, -1)).toBe('southEast');
    expect(compassDirection(0, -1)).toBe('south');
    expect(compassDirection(-1, -1)).toBe('southWest');
    expect(compassDirection(-1, 0)).toBe('west');
    expect(compassDirection(-1, 1)).toBe('northWest');
    expect(compassDirection(0, 0)).toBe('north');
  });
});
