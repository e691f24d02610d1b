// A street tree in the manner of the camphor and plane trees lining Shanghai's side streets:
// a clear trunk of about 2.7 m (so it reads above pedestrians and parked bikes) under a broad,
// rounded crown built from faceted foliage clumps in two shades (shaded below, sunlit above).
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { blob, fitGroup, tubeBetween, type Vec3 } from '../primitives.ts';
import { seededRandom } from '../seeded-random.ts';

const HEIGHT = 6;
const CROWN_WIDTH = 4;

/** Foliage clumps: where each sits, how big it is, and whether it is in the shaded lower layer. */
const CLUMPS: readonly { at: Vec3; radius: number; shaded: boolean }[] = [
  // lower layer: four wide clumps around the trunk, flat-bottomed like a real crown base
  { at: [1.0, 3.4, 0.25], radius: 1.0, shaded: true },
  { at: [-0.25, 3.4, 1.0], radius: 1.0, shaded: true },
  { at: [-1.0, 3.4, -0.25], radius: 1.0, shaded: true },
  { at: [0.25, 3.4, -1.0], radius: 1.0, shaded: true },
  // upper layer: three clumps turned against the lower ones, then a crown top
  { at: [0.55, 4.3, -0.45], radius: 0.95, shaded: false },
  { at: [-0.6, 4.3, -0.35], radius: 0.95, shaded: false },
  { at: [0.05, 4.3, 0.7], radius: 0.95, shaded: false },
  { at: [0, 5.1, 0], radius: 0.85, shaded: false },
];

/** Scaffold limbs from the top of the clear trunk into the lower clumps, so the crown does not float. */
const LIMB_ENDS: readonly Vec3[] = [
  [0.85, 3.6, 0.2],
  [-0.3, 3.6, 0.85],
  [-0.7, 3.7, -0.55],
];

function build(): ModelPart[] {
  const random = seededRandom(0x7ee);
  const trunkTop: Vec3 = [0, 2.6, 0];
  const wood: ModelPart[] = [
    { geometry: tubeBetween([0, 0, 0], [0, 3.4, 0], { radius: 0.17, radiusAtEnd: 0.1, segments: 7 }), material: MATERIALS.bark },
    ...LIMB_ENDS.map((end) => ({
      geometry: tubeBetween(trunkTop, end, { radius: 0.09, radiusAtEnd: 0.05, segments: 5 }),
      material: MATERIALS.bark,
    })),
  ];
  const crown: ModelPart[] = CLUMPS.map(({ at, radius, shaded }) => ({
    geometry: blob({ radius, detail: 1, jitter: 0.12, random, squashBelow: shaded ? 0.55 : 0.85, placement: { at } }),
    material: shaded ? MATERIALS.foliageDeep : MATERIALS.foliageLight,
  }));
  fitGroup(crown.map((p) => p.geometry), { width: CROWN_WIDTH, depth: CROWN_WIDTH, top: HEIGHT });
  return [...wood, ...crown];
}

export const streetTree: ModelDefinition = {
  id: 'street-tree',
  name: { zh: '行道树（香樟）', en: 'Street tree (camphor)' },
  size: { width: CROWN_WIDTH, depth: CROWN_WIDTH, height: HEIGHT },
  triangleBudget: 800,
  build,
};
