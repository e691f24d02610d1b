import { describe, expect, it } from 'vitest';
import { sideOfStreet } from './street-side.ts';

const p = (east: number, north: number) => ({ east, north });

describe('sideOfStreet', () => {
  const northSouth = [p(-8, -160), p(0, 0), p(5, 160)];
  const eastWest = [p(-100, 60), p(100, 70)];

  it('says east or west for a street running north–south', () => {
    expect(sideOfStreet(p(14, 30), northSouth)).toBe('east');
    expect(sideOfStreet(p(-14, -100), northSouth)).toBe('west');
  });

  it('says north or south for a street running east–west', () => {
    expect(sideOfStreet(p(0, 90), eastWest)).toBe('north');
    expect(sideOfStreet(p(30, 20), eastWest)).toBe('south');
  });

  it('measures from the nearest part of a bent line, and has no side on the line', () => {
    expect(sideOfStreet(p(-3, 150), northSouth)).toBe('west');
    expect(sideOfStreet(p(0, 0), northSouth)).toBeNull();
    expect(sideOfStreet(p(1, 1), [])).toBeNull();
  });
});
