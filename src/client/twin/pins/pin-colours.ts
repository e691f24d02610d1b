import type { Category } from '../../../core/protocol/primitives.ts';

/** The annotations UI's category hues (styles.css `--cat-*`): a pin is the same colour in the
 * list, on the plan and in 3D. */
export const CATEGORY_COLOURS: Readonly<Record<Category, number>> = {
  idea: 0x1f5fbf,
  concern: 0xb3261e,
  like: 0x1e7a3c,
  question: 0x6b3fa0,
};

/** How far a pending pin's colour moves towards white: paler, still its hue. */
const PENDING_TOWARDS_WHITE = 0.55;

/** A marker's colour as sRGB 0xRRGGBB: the category's hue, paler while still being sent. */
export function pinColour(category: Category, pending: boolean): number {
  const base = CATEGORY_COLOURS[category];
  if (!pending) return base;
  const mix = (channel: number) => Math.round(channel + (255 - channel) * PENDING_TOWARDS_WHITE);
  return (mix((base >> 16) & 0xff) << 16) | (mix((base >> 8) & 0xff) << 8) | mix(base & 0xff);
}
