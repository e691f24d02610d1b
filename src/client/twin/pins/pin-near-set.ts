// Pure: which pins are drawn as 3D markers (the ones near the camera) rather than as sprites.

/** Pins within this distance of the camera are drawn as 3D markers. */
export const NEAR_RADIUS_METRES = 45;
/** At most this many: the marker mesh has a fixed size, and a software renderer pays for each
 * instance of an instanced draw (SwiftShader: about 20 µs each). */
export const NEAR_MAX = 256;
/** The near set is chosen again once the camera has moved this far from where it was chosen. */
export const RESELECT_METRES = 4;

export interface NearSet {
  /** pin indices, nearest first */
  indices: number[];
  /** pins closer than this to the centre are in the set, the others are not: the sprites'
   * shader hides exactly the pins closer than this */
  radius: number;
}

/**
 * The pins within `radius` of `centre`, nearest first, at most `max` of them. When more are in
 * reach, the radius shrinks to halfway between the last one taken and the first one left out,
 * so "closer than the radius" still names exactly the chosen pins.
 */
export function nearSet(
  positions: Float32Array,
  count: number,
  centre: { x: number; y: number; z: number },
  radius = NEAR_RADIUS_METRES,
  max = NEAR_MAX,
): NearSet {
  const inReach: { index: number; distance: number }[] = [];
  for (let i = 0; i < count; i++) {
    const dx = positions[i * 3]! - centre.x;
    const dy = positions[i * 3 + 1]! - centre.y;
    const dz = positions[i * 3 + 2]! - centre.z;
    const distance = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (distance < radius) inReach.push({ index: i, distance });
  }
  inReach.sort((a, b) => a.distance - b.distance);
  if (inReach.length <= max) return { indices: inReach.map((p) => p.index), radius };
  const cut = (inReach[max - 1]!.distance + inReach[max]!.distance) / 2;
  return { indices: inReach.slice(0, max).map((p) => p.index), radius: cut };
}
