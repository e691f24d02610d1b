// What a model kind module provides: identity, the size it is designed to, and its parts.
// Conventions for every model: metres, +Y up, origin at the centre of its base on the ground,
// front facing -Z (north when placed at heading 0).
import type { BufferGeometry } from 'three';
import type { PbrMaterial } from './materials.ts';

/** One piece of geometry in model space with the material it is painted in. */
export interface ModelPart {
  geometry: BufferGeometry;
  material: PbrMaterial;
}

export interface ModelSize {
  /** Extent along X (left–right as seen from the front), metres. */
  width: number;
  /** Extent along Z (front–back), metres. */
  depth: number;
  /** Top of the model above the ground, metres. */
  height: number;
}

export interface ModelDefinition {
  /** File stem and the id site packs refer to: public/models/<id>.glb. */
  id: string;
  name: { zh: string; en: string };
  /** The designed size; the build fails if the geometry strays more than 5% from it. */
  size: ModelSize;
  /** Most triangles this model may have (the pilot scene instances dozens of some models). */
  triangleBudget: number;
  build(): ModelPart[];
}
