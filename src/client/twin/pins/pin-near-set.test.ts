import { describe, expect, it } from 'vitest';
import { nearSet } from './pin-near-set.ts';

/** Pins on the x axis at the given distances from the origin. */
const along = (...xs: number[]) => new Float32Array(xs.flatMap((x) => [x, 0, 0]));
const origin = { x: 0, y: 0, z: 0 };

describe('nearSet', () => {
  it('takes the pins within the radius, nearest first', () => {
    expect(nearSet(along(30, 5, 50, 12), 4, origin, 45, 10)).toEqual({ indices: [1, 3, 0], radius: 45 });
  });

  it('keeps at most `max`, and shrinks the radius to say exactly which', () => {
    const set = nearSet(along(1, 2, 3, 4, 5), 5, origin, 45, 3);
    expect(set.indices).toEqual([0, 1, 2]);
    expect(set.radius).toBeCloseTo(3.5, 5);
  });

  it('finds none in an empty street', () => {
    expect(nearSet(new Float32Array(0), 0, origin)).toEqual({ indices: [], radius: 45 });
  });
});
