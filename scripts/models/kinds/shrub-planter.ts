// A precast concrete planter (1.2 × 0.6 × 0.5 m, the common sidewalk size) with three clipped
// shrubs, which also works as a soft barrier between sidewalk and bike lane.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { blob, boxBetween } from '../primitives.ts';
import { seededRandom } from '../seeded-random.ts';

const WIDTH = 1.2;
const DEPTH = 0.6;
const PLANTER_HEIGHT = 0.5;
const WALL = 0.06;

function build(): ModelPart[] {
  const random = seededRandom(0x5b1);
  const x = WIDTH / 2;
  const z = DEPTH / 2;
  const h = PLANTER_HEIGHT;
  // Four walls rather than one solid box, so the soil sits visibly below the rim.
  const walls = [
    boxBetween([-x, 0, -z], [x, h, -z + WALL]),
    boxBetween([-x, 0, z - WALL], [x, h, z]),
    boxBetween([-x, 0, -z + WALL], [-x + WALL, h, z - WALL]),
    boxBetween([x - WALL, 0, -z + WALL], [x, h, z - WALL]),
  ].map((geometry) => ({ geometry, material: MATERIALS.concrete }));
  const soil = { geometry: boxBetween([-x + WALL, 0, -z + WALL], [x - WALL, h - 0.05, z - WALL]), material: MATERIALS.soil };
  const shrubs = [-0.3, 0, 0.3].map((sx, i) => ({
    geometry: blob({
      radius: 0.25,
      detail: 1,
      jitter: 0.08,
      random,
      squashBelow: 0.5,
      placement: { at: [sx, 0.6 + (i === 1 ? 0.04 : 0), 0], scale: [1, 1, 0.95] },
    }),
    material: MATERIALS.shrub,
  }));
  return [...walls, soil, ...shrubs];
}

export const shrubPlanter: ModelDefinition = {
  id: 'shrub-planter',
  name: { zh: '灌木花箱', en: 'Shrub planter' },
  size: { width: WIDTH, depth: DEPTH, height: 0.87 },
  triangleBudget: 400,
  build,
};
