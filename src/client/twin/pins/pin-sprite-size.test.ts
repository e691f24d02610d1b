import { describe, expect, it } from 'vitest';
import { MARKER_TOP } from './pin-marker-geometry.ts';
import { SPRITE_MAX_NDC, SPRITE_MIN_CSS_PX, SPRITE_MIN_NDC, spriteHeightNdc, spriteMinNdc } from './pin-sprite-size.ts';

const yScale = 1 / Math.tan((55 / 2) * (Math.PI / 180)); // the twin's 55° field of view

describe('spriteHeightNdc', () => {
  it('is as tall as the 3D marker would look at that distance', () => {
    expect(spriteHeightNdc(yScale, 40)).toBeCloseTo((MARKER_TOP * yScale) / 40, 6);
  });

  it('never shrinks below a tappable size far away, nor grows without bound up close', () => {
    expect(spriteHeightNdc(yScale, 5_000)).toBe(SPRITE_MIN_NDC);
    expect(spriteHeightNdc(yScale, 0.01)).toBe(SPRITE_MAX_NDC);
  });
});

describe('spriteMinNdc', () => {
  it('keeps a sprite at least a share of a big view, and at least a few pixels on a phone', () => {
    expect(spriteMinNdc(1000)).toBe(SPRITE_MIN_NDC);
    expect(spriteMinNdc(300) * 150).toBeCloseTo(SPRITE_MIN_CSS_PX, 6); // NDC spans 2: 150 px per unit
  });
});
