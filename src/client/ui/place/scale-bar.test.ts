import { describe, expect, it } from 'vitest';
import { chooseScaleBar } from './scale-bar.ts';

describe('chooseScaleBar', () => {
  it('picks the longest round length that fits', () => {
    // 1.5 units a metre, 360 wide: at most 108 units = 72 m → 50 m
    expect(chooseScaleBar(1.5, 360)).toEqual({ metres: 50, units: 75 });
    expect(chooseScaleBar(0.1, 360).metres).toBe(1000);
  });
});
