/** Storey height used when a building gives its number of levels instead of a height: a
 * common figure for Shanghai's residential blocks (2.8–3.0 m floor to floor) rounded up. */
export const METRES_PER_LEVEL = 3;

/** Used only if a feature slipped past the schema with neither field. */
const FALLBACK_HEIGHT_METRES = 6;

/** A building's height in metres: its own `height`, else `levels` × 3 m. */
export function buildingHeight(properties: { height?: number | undefined; levels?: number | undefined }): number {
  if (properties.height !== undefined && properties.height > 0) return properties.height;
  if (properties.levels !== undefined && properties.levels > 0) return properties.levels * METRES_PER_LEVEL;
  return FALLBACK_HEIGHT_METRES;
}
