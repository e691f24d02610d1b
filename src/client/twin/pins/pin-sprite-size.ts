import { MARKER_TOP } from './pin-marker-geometry.ts';

// Pure: the size of a far pin's sprite, shared by its vertex shader, its raycast and the label.

/** A sprite is never smaller than this share of the view's height (NDC spans 2)… */
export const SPRITE_MIN_NDC = 0.05;
/** …nor than this many CSS pixels: a pin on a phone stays a pin, and tappable with the slop. */
export const SPRITE_MIN_CSS_PX = 11;
/** Never taller than this (only reached by a pin left as a sprite right in front of the camera). */
export const SPRITE_MAX_NDC = 0.6;

/** The smallest sprite height, in NDC, for a view `viewHeightCss` CSS pixels tall. */
export function spriteMinNdc(viewHeightCss: number): number {
  return viewHeightCss > 0 ? Math.max(SPRITE_MIN_NDC, (2 * SPRITE_MIN_CSS_PX) / viewHeightCss) : SPRITE_MIN_NDC;
}

/**
 * How tall a pin's sprite is in normalised device coordinates: as tall as its 3D marker would
 * look at `viewDepth` metres (so the hand-over between the two at the near radius does not
 * jump), but at least `minNdc` (spriteMinNdc). `projectionYScale` is the projection matrix's
 * [1][1] (1 / tan(fov / 2)). Sprites are the cost of 10,000 pins on a software renderer: their
 * minimum size is what the render benchmark's frame-time ratio mostly depends on.
 */
export function spriteHeightNdc(projectionYScale: number, viewDepth: number, minNdc = SPRITE_MIN_NDC): number {
  const perspective = viewDepth > 0 ? (MARKER_TOP * projectionYScale) / viewDepth : SPRITE_MAX_NDC;
  return Math.min(Math.max(perspective, minNdc), SPRITE_MAX_NDC);
}

/** The same, as GLSL, for the sprite's vertex shader (`mvPosition` is in view space). */
export function spriteHeightGlsl(projectionYScale: string, viewDepth: string, minNdc: string): string {
  const f = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));
  return `clamp(${f(MARKER_TOP)} * ${projectionYScale} / max(${viewDepth}, 1e-3), ${minNdc}, ${f(SPRITE_MAX_NDC)})`;
}
