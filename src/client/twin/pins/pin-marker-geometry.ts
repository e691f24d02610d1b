import { BufferGeometry, ConeGeometry, IcosahedronGeometry } from 'three';
import { mergeGeometries, mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** Marker proportions, metres: the head clears the heads of people walking past (eye height
 * 1.6 m). Sprites far away are drawn as tall as this marker would look (pin-sprite-size.ts). */
export const MARKER = {
  stemHeight: 2.2,
  stemRadius: 0.26,
  headRadius: 0.55,
} as const;

/** Where the head's centre sits above the tip. */
export const MARKER_HEAD_CENTRE = MARKER.stemHeight + MARKER.headRadius * 0.55;
/** The marker's top above its tip: the label is placed just above it. */
export const MARKER_TOP = MARKER_HEAD_CENTRE + MARKER.headRadius;

/** A marker whose head is closer than this to the camera is not drawn (nor hit): walking up
 * to a pin, it would otherwise fill the view. Measured from a point at eye height above the
 * tip, which is what a walker's eye passes. */
export const MARKER_HIDDEN_WITHIN_METRES = 2.5;
export const MARKER_EYE_POINT = 1.6;

/**
 * The low-poly marker of the pins near the camera: a thin six-sided cone pointing down with its
 * tip at the origin (where the pin is) and an icosahedron on top, merged into one geometry so
 * all of them are one instanced draw. 26 triangles on 19 shared vertices; the facets come from
 * the material's flat shading, not from split vertices. The cone is open at the top, where the
 * head covers it.
 */
export function createPinMarkerGeometry(): BufferGeometry {
  const stem = new ConeGeometry(MARKER.stemRadius, MARKER.stemHeight, 6, 1, true);
  // ConeGeometry points up, centred on its middle: turn it over and stand its tip on y = 0
  stem.rotateX(Math.PI);
  stem.translate(0, MARKER.stemHeight / 2, 0);
  const head = new IcosahedronGeometry(MARKER.headRadius, 0);
  head.translate(0, MARKER_HEAD_CENTRE, 0);
  // positions only, so corners shared by faces (and the cone's seam and apex) merge into one
  const parts = [stem, head].map((part) => {
    part.deleteAttribute('uv');
    part.deleteAttribute('normal');
    const shared = mergeVertices(part);
    part.dispose();
    return shared;
  });
  const merged = mergeGeometries(parts);
  for (const part of parts) part.dispose();
  if (!merged) throw new Error('pin marker: the parts could not be merged');
  merged.computeVertexNormals(); // lighting uses flat facets; three still expects normals
  merged.computeBoundingSphere();
  return merged;
}
