import { describe, expect, it } from 'vitest';
import { distanceToBoundary, isInside, ringsOverlap, type PlanarRing } from './polygon-checks.ts';

const square = (x: number, y: number, size: number): PlanarRing => [[x, y], [x + size, y], [x + size, y + size], [x, y + size]];

describe('polygon checks', () => {
  it('finds points inside a ring, and their distance to its edges', () => {
    expect(isInside([1, 1], square(0, 0, 2))).toBe(true);
    expect(isInside([3, 1], square(0, 0, 2))).toBe(false);
    expect(distanceToBoundary([1, 0.5], square(0, 0, 2))).toBeCloseTo(0.5);
  });

  it('tells overlapping areas from areas that only touch', () => {
    expect(ringsOverlap(square(0, 0, 2), square(1, 1, 2))).toBe(true); // crossing edges
    expect(ringsOverlap(square(0, 0, 4), square(1, 1, 1))).toBe(true); // one inside the other
    expect(ringsOverlap(square(0, 0, 2), square(0, 0, 2))).toBe(true); // identical
    expect(ringsOverlap(square(0, 0, 2), square(2, 0, 2))).toBe(false); // shared edge
    expect(ringsOverlap(square(0, 0, 2), square(2.01, 0.5, 1))).toBe(false); // within the tolerance
    expect(ringsOverlap(square(0, 0, 2), square(5, 5, 1))).toBe(false);
  });

  it('sees an overlap of an L-shaped ring with a square in its inner corner only when they share area', () => {
    const l: PlanarRing = [[0, 0], [4, 0], [4, 1], [1, 1], [1, 4], [0, 4]];
    expect(ringsOverlap(l, square(1, 1, 3))).toBe(false);
    expect(ringsOverlap(l, square(0.5, 0.5, 3))).toBe(true);
  });
});
