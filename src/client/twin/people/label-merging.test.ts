import { describe, expect, it } from 'vitest';
import { MERGE_DX, mergeNearbyLabels } from './label-merging.ts';

const spot = (id: string, x: number, y: number, leads = false) => ({ id, x, y, leads });

describe('merging labels that meet', () => {
  it('keeps labels apart when they do not meet', () => {
    const shown = mergeNearbyLabels([spot('a', 100, 100), spot('b', 100 + MERGE_DX, 100), spot('c', 100, 140)]);
    expect(shown.map(({ spot, others }) => [spot.id, others])).toEqual([['a', 0], ['b', 0], ['c', 0]]);
  });

  it('folds a crowd in one spot into one label, the facilitator leading', () => {
    const shown = mergeNearbyLabels([spot('r1', 200, 200), spot('r2', 204, 198), spot('f', 201, 203, true), spot('far', 500, 80)]);
    expect(shown.map(({ spot, others }) => [spot.id, others])).toEqual([['f', 2], ['far', 0]]);
  });
});
