import { describe, expect, it } from 'vitest';
import { buildingHeight, METRES_PER_LEVEL } from './building-height.ts';

describe('building height', () => {
  it('is levels × 3 m when only levels are given', () => {
    expect(METRES_PER_LEVEL).toBe(3);
    expect(buildingHeight({ levels: 6 })).toBe(18);
    expect(buildingHeight({ levels: 1 })).toBe(3);
  });

  it('prefers a measured height over levels', () => {
    expect(buildingHeight({ height: 19.5, levels: 6 })).toBe(19.5);
  });
});
