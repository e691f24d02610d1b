// A community-garden raised bed (2.0 × 1.0 × 0.45 m): two stacked boards a side under a flat cap
// rail that residents can sit on while weeding, filled with soil, greens and a few flowers.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { blob, boxBetween, type Vec3 } from '../primitives.ts';
import { seededRandom } from '../seeded-random.ts';

const WIDTH = 2;
const DEPTH = 1;
const BED_HEIGHT = 0.45;
const BOARD = 0.04; // board thickness
const CAP = { thickness: 0.04, width: 0.09 };

const GREENS: readonly Vec3[] = [
  [-0.7, 0.4, -0.2], [-0.35, 0.4, 0.2], [0, 0.4, -0.2], [0.35, 0.4, 0.2], [0.7, 0.4, -0.2], [-0.7, 0.4, 0.2],
];
const FLOWERS: readonly Vec3[] = [[-0.2, 0.45, -0.05], [0.52, 0.45, 0.02], [0.15, 0.45, 0.25]];

function build(): ModelPart[] {
  const random = seededRandom(0xbed);
  const x = WIDTH / 2;
  const z = DEPTH / 2;
  const boardTop = BED_HEIGHT - CAP.thickness;
  const boards: ModelPart[] = [];
  // Two boards per side, the upper one set in by 4 mm so the joint shows as a line in the light.
  for (const [bottom, top, inset] of [[0, boardTop / 2, 0], [boardTop / 2, boardTop, 0.004]] as const) {
    const bx = x - inset;
    const bz = z - inset;
    for (const geometry of [
      boxBetween([-bx, bottom, -bz], [bx, top, -bz + BOARD]),
      boxBetween([-bx, bottom, bz - BOARD], [bx, top, bz]),
      boxBetween([-bx, bottom, -bz + BOARD], [-bx + BOARD, top, bz - BOARD]),
      boxBetween([bx - BOARD, bottom, -bz + BOARD], [bx, top, bz - BOARD]),
    ]) boards.push({ geometry, material: MATERIALS.timber });
  }
  const capRail = [
    boxBetween([-x, boardTop, -z], [x, BED_HEIGHT, -z + CAP.width]),
    boxBetween([-x, boardTop, z - CAP.width], [x, BED_HEIGHT, z]),
    boxBetween([-x, boardTop, -z + CAP.width], [-x + CAP.width, BED_HEIGHT, z - CAP.width]),
    boxBetween([x - CAP.width, boardTop, -z + CAP.width], [x, BED_HEIGHT, z - CAP.width]),
  ].map((geometry) => ({ geometry, material: MATERIALS.timberDark }));
  const soil = { geometry: boxBetween([-x + BOARD, 0, -z + BOARD], [x - BOARD, BED_HEIGHT - 0.06, z - BOARD]), material: MATERIALS.soil };
  // Plants are detail-0 clumps (20 faces): at bed scale a few facets read as lettuce and chard.
  const greens = GREENS.map((at) => ({
    geometry: blob({ radius: 0.17, detail: 0, jitter: 0.12, random, squashBelow: 0.4, placement: { at, scale: [1, 0.8, 1] } }),
    material: MATERIALS.leafyGreens,
  }));
  const flowers = FLOWERS.map((at) => ({
    geometry: blob({ radius: 0.13, detail: 0, jitter: 0.1, random, squashBelow: 0.5, placement: { at, scale: [1, 1.3, 1] } }),
    material: MATERIALS.flowers,
  }));
  return [...boards, ...capRail, soil, ...greens, ...flowers];
}

export const raisedGardenBed: ModelDefinition = {
  id: 'raised-garden-bed',
  name: { zh: '抬高式种植床', en: 'Raised garden bed' },
  size: { width: WIDTH, depth: DEPTH, height: 0.6 },
  triangleBudget: 400,
  build,
};
