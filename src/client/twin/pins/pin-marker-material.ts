import { MeshLambertMaterial } from 'three';

/** The near markers' material: flat-shaded Lambert, so the facets read as low-poly, coloured
 * per instance (instanceColor) by category. */
export function createPinMarkerMaterial(): MeshLambertMaterial {
  return new MeshLambertMaterial({ flatShading: true });
}
