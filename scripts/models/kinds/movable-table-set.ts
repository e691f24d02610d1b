// A café-style round table (Ø0.7 m) with two folding-style chairs facing each other across it:
// light enough to move, which is the point of "movable furniture" in the shared-street plaza.
import { BufferGeometry } from 'three';
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { barBetween, boxBetween, place, tubeBetween } from '../primitives.ts';

const TABLE = { radius: 0.35, height: 0.74, top: 0.03 };
const CHAIR = { width: 0.42, seatDepth: 0.42, seatHeight: 0.45, backTop: 0.82, offset: 0.6 };
const LEG = 0.025;

/** A chair in its own frame: seat centred on the origin, sitter facing -Z, back on the +Z side. */
function chairParts(): ModelPart[] {
  const hw = CHAIR.width / 2 - LEG / 2;
  const hd = CHAIR.seatDepth / 2 - LEG / 2;
  const metal = MATERIALS.powderCoatGreen;
  return [
    { geometry: barBetween([-hw, 0, -hd], [-hw, CHAIR.seatHeight, -hd], LEG), material: metal },
    { geometry: barBetween([hw, 0, -hd], [hw, CHAIR.seatHeight, -hd], LEG), material: metal },
    // rear legs run on up as the back uprights, leaning back a little (their feet start 2 mm up so
    // the leaning bar's corner does not dip below the ground)
    { geometry: barBetween([-hw, 0.002, hd], [-hw, CHAIR.backTop, hd + 0.06], LEG), material: metal },
    { geometry: barBetween([hw, 0.002, hd], [hw, CHAIR.backTop, hd + 0.06], LEG), material: metal },
    { geometry: boxBetween([-CHAIR.width / 2, CHAIR.seatHeight, -CHAIR.seatDepth / 2], [CHAIR.width / 2, CHAIR.seatHeight + 0.03, CHAIR.seatDepth / 2]), material: MATERIALS.timber },
    { geometry: boxBetween([-CHAIR.width / 2, CHAIR.backTop - 0.16, hd + 0.04], [CHAIR.width / 2, CHAIR.backTop - 0.02, hd + 0.065]), material: MATERIALS.timber },
  ];
}

/** One chair on each side of the table (±X), each turned to face it. */
function placedChair(side: 1 | -1): ModelPart[] {
  return chairParts().map(({ geometry, material }) => ({
    geometry: place<BufferGeometry>(geometry, { at: [side * CHAIR.offset, 0, 0], rotation: [0, (side * Math.PI) / 2, 0] }),
    material,
  }));
}

function build(): ModelPart[] {
  const metal = MATERIALS.powderCoatGreen;
  const footReach = 0.26;
  const table: ModelPart[] = [
    { geometry: tubeBetween([0, TABLE.height - TABLE.top, 0], [0, TABLE.height, 0], { radius: TABLE.radius, segments: 16, capped: true }), material: MATERIALS.timber },
    { geometry: tubeBetween([0, 0.02, 0], [0, TABLE.height - TABLE.top, 0], { radius: 0.03, segments: 6 }), material: metal },
    // crossed feet keep the table steady on uneven paving
    { geometry: boxBetween([-footReach, 0, -0.02], [footReach, 0.03, 0.02]), material: metal },
    { geometry: boxBetween([-0.02, 0, -footReach], [0.02, 0.03, footReach]), material: metal },
  ];
  return [...table, ...placedChair(-1), ...placedChair(1)];
}

export const movableTableSet: ModelDefinition = {
  id: 'movable-table-set',
  name: { zh: '可移动桌椅', en: 'Movable table and chairs' },
  // chairs 0.6 m either side of the table centre, plus their seats and the lean of their backs
  size: { width: 1.74, depth: 2 * TABLE.radius, height: CHAIR.backTop },
  triangleBudget: 400,
  build,
};
