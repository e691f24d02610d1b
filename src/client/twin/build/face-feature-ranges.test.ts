import { describe, expect, it } from 'vitest';
import { FaceFeatureRanges } from './face-feature-ranges.ts';

describe('face → feature ranges of a merged mesh', () => {
  it('finds the feature of each triangle', () => {
    const ranges = new FaceFeatureRanges();
    ranges.add('a', 2);
    ranges.add('empty', 0);
    ranges.add('b', 10);
    ranges.add('c', 1);
    expect(ranges.triangleCount).toBe(13);
    expect([0, 1, 2, 11, 12].map((f) => ranges.idAt(f))).toEqual(['a', 'a', 'b', 'b', 'c']);
    expect(ranges.idAt(13)).toBeUndefined();
    expect(ranges.idAt(-1)).toBeUndefined();
  });
});
