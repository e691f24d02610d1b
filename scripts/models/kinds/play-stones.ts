// Low stepping stones for children (儿童踏步石): six rounded pebble shapes 0.15–0.4 m high in warm
// colours, set in a loose arc. Small children hop between them; the two tallest double as seats
// for the grown-ups watching.
import { MATERIALS, type PbrMaterial } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { lathe } from '../primitives.ts';

/** A pebble of unit radius and height: straight sides, a rounded shoulder, a gently domed top. */
const PEBBLE_PROFILE = [[1, 0], [1, 0.55], [0.88, 0.88], [0.5, 1], [0, 1]] as const;
const PEBBLE_SIDES = 9;

interface Stone {
  x: number;
  z: number;
  radiusX: number;
  radiusZ: number;
  height: number;
  turn: number;
  material: PbrMaterial;
}

const STONES: readonly Stone[] = [
  { x: -0.95, z: 0.05, radiusX: 0.24, radiusZ: 0.2, height: 0.15, turn: 0.3, material: MATERIALS.stoneSand },
  { x: -0.45, z: -0.35, radiusX: 0.22, radiusZ: 0.2, height: 0.2, turn: 1.1, material: MATERIALS.stoneTerracotta },
  { x: 0.03, z: 0.07, radiusX: 0.3, radiusZ: 0.25, height: 0.35, turn: 0.2, material: MATERIALS.stoneSage },
  { x: 0.47, z: -0.4, radiusX: 0.2, radiusZ: 0.18, height: 0.18, turn: 2.0, material: MATERIALS.stoneSand },
  { x: 0.91, z: -0.03, radiusX: 0.3, radiusZ: 0.26, height: 0.4, turn: 0.7, material: MATERIALS.stoneTerracotta },
  { x: 0.35, z: 0.41, radiusX: 0.18, radiusZ: 0.16, height: 0.15, turn: 1.4, material: MATERIALS.stoneSand },
];

function build(): ModelPart[] {
  return STONES.map((s) => ({
    geometry: lathe(PEBBLE_PROFILE, PEBBLE_SIDES, { at: [s.x, 0, s.z], rotation: [0, s.turn, 0], scale: [s.radiusX, s.height, s.radiusZ] }),
    material: s.material,
  }));
}

export const playStones: ModelDefinition = {
  id: 'play-stones',
  name: { zh: '儿童踏步石', en: 'Play stones' },
  size: { width: 2.36, depth: 1.18, height: 0.4 },
  triangleBudget: 400,
  build,
};
