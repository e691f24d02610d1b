// Pure: how markers grow with distance, shared by the vertex shader, the raycast and the label.

/** Up to this distance a marker is drawn at its real size (about 3 m). */
export const GROW_FROM_METRES = 34;
/** It never grows more than this: 25 m at the far end of a long street. */
export const GROW_MAX = 8;

/**
 * The factor a marker is drawn at when seen from `distance` metres: 1 up close (walking among
 * them), then growing with the distance so it keeps roughly the same size on screen — about
 * 30 px on a phone — as the camera pulls back over the whole street, where a marker of real
 * size would be a few pixels and impossible to tap.
 */
export function pinGrowth(distance: number): number {
  return Math.min(Math.max(distance / GROW_FROM_METRES, 1), GROW_MAX);
}
