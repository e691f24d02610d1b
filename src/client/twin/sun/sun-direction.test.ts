import { describe, expect, it } from 'vitest';
import { seasonWallClock } from './seasons.ts';
import { sunDirection } from './sun-direction.ts';
import { zonedTimeToInstant } from './zoned-time.ts';

const shanghai = { origin: { lng: 121.5065, lat: 31.159 }, timeZone: 'Asia/Shanghai' };

describe('site time', () => {
  it('reads wall-clock times in the site time zone, whatever the machine zone', () => {
    expect(zonedTimeToInstant({ year: 2025, month: 6, day: 21, hour: 12, minute: 0 }, 'Asia/Shanghai').toISOString()).toBe('2025-06-21T04:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2025, month: 12, day: 21, hour: 7, minute: 30 }, 'Asia/Shanghai').toISOString()).toBe('2025-12-20T23:30:00.000Z');
    // a zone with daylight saving: 9:00 in London in July is 8:00 UTC
    expect(zonedTimeToInstant({ year: 2025, month: 7, day: 1, hour: 9, minute: 0 }, 'Europe/London').toISOString()).toBe('2025-07-01T08:00:00.000Z');
  });
});

describe('sunDirection', () => {
  it('puts the summer-solstice noon sun high in the south: altitude ≈ 82°', () => {
    const sun = sunDirection(seasonWallClock('summer', 12 * 60), shanghai);
    expect(Math.abs(sun.altitudeDegrees - 82)).toBeLessThan(1);
    expect(sun.azimuthDegrees).toBeGreaterThan(150);
    expect(sun.azimuthDegrees).toBeLessThan(210);
    expect(sun.toSun[1]).toBeGreaterThan(0.98); // nearly straight up
    expect(sun.toSun[2]).toBeGreaterThan(0); // south is +z
  });

  it('puts the winter-solstice 7:00 sun low in the south-east', () => {
    const sun = sunDirection(seasonWallClock('winter', 7 * 60), shanghai);
    expect(sun.altitudeDegrees).toBeGreaterThan(0);
    expect(sun.altitudeDegrees).toBeLessThan(8);
    expect(sun.azimuthDegrees).toBeGreaterThan(100);
    expect(sun.azimuthDegrees).toBeLessThan(135);
    const [east, up, south] = sun.toSun;
    expect(east).toBeGreaterThan(0);
    expect(south).toBeGreaterThan(0);
    expect(up).toBeLessThan(0.15);
  });

  it('returns a unit vector and a sun below the horizon before a winter sunrise', () => {
    const sun = sunDirection(seasonWallClock('winter', 6 * 60), shanghai);
    expect(Math.hypot(...sun.toSun)).toBeCloseTo(1, 9);
    expect(sun.altitudeDegrees).toBeLessThan(0);
  });

  it('has the afternoon sun in the west at the equinox', () => {
    const sun = sunDirection(seasonWallClock('autumn', 16 * 60), shanghai);
    expect(sun.azimuthDegrees).toBeGreaterThan(225);
    expect(sun.toSun[0]).toBeLessThan(0);
  });
});
