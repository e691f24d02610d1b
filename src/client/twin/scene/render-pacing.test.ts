import { describe, expect, it } from 'vitest';
import { AFTER_CAMERA_MOVE_MS, IDLE_FRAME_MS, RenderPacing, renderLoopFromQuery } from './render-pacing.ts';

describe('RenderPacing', () => {
  it('draws a still twin about once a second', () => {
    const pacing = new RenderPacing();
    expect(pacing.shouldDraw(0)).toBe(true);
    pacing.drew(0, false);
    expect(pacing.shouldDraw(16)).toBe(false);
    expect(pacing.shouldDraw(IDLE_FRAME_MS - 1)).toBe(false);
    expect(pacing.shouldDraw(IDLE_FRAME_MS)).toBe(true);
  });

  it('draws every frame while something says it moves, and while the camera keeps moving', () => {
    const pacing = new RenderPacing();
    pacing.drew(0, false);
    pacing.keepDrawing(0, 100);
    expect(pacing.shouldDraw(50)).toBe(true);
    expect(pacing.shouldDraw(150)).toBe(false);
    expect(pacing.shouldDraw(150, true)).toBe(true); // a flight under way
    pacing.drew(160, true); // the camera moved in that frame
    expect(pacing.shouldDraw(160 + AFTER_CAMERA_MOVE_MS - 1)).toBe(true);
    pacing.drew(200, false);
    expect(pacing.shouldDraw(160 + AFTER_CAMERA_MOVE_MS + 1)).toBe(false);
  });

  it('never shortens a longer wish to keep drawing', () => {
    const pacing = new RenderPacing();
    pacing.drew(0, false);
    pacing.keepDrawing(0, 1500);
    pacing.keepDrawing(10, 100);
    expect(pacing.shouldDraw(1400)).toBe(true);
  });
});

describe('renderLoopFromQuery', () => {
  it('is paced unless the address asks for every frame', () => {
    expect(renderLoopFromQuery('')).toBe('paced');
    expect(renderLoopFromQuery('?tab=twin&render=always')).toBe('always');
    expect(renderLoopFromQuery('?render=sometimes')).toBe('paced');
  });
});
