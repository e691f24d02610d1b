// Three Sheffield hoops (inverted-U steel tubes, 0.8 m high and 0.7 m long) welded to two ground
// rails, so the set can be bolted down as one unit. Each hoop holds a bike on either side; bikes
// park parallel to the hoops, i.e. along Z.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { boxBetween, torusArc, tubeBetween } from '../primitives.ts';

const RAIL_LENGTH = 2;
const HOOP = { length: 0.7, height: 0.8, tube: 0.025, bend: 0.15, spacing: 0.8 };
const TUBE_SIDES = 6;
const RAIL = { width: 0.06, height: 0.02 };

function hoop(x: number): ModelPart[] {
  const steel = MATERIALS.galvanisedSteel;
  const legZ = HOOP.length / 2 - HOOP.tube; // tube centreline
  const topY = HOOP.height - HOOP.tube;
  const bendY = topY - HOOP.bend;
  const bendZ = legZ - HOOP.bend;
  const tube = { radius: HOOP.tube, segments: TUBE_SIDES };
  // TorusGeometry arcs start on local +X; turning it about Y by ∓90° points that start along ±Z,
  // so each quarter arc runs from the top of a leg round to the horizontal top tube.
  const bend = (side: 1 | -1) =>
    torusArc(HOOP.bend, HOOP.tube, Math.PI / 2, TUBE_SIDES, 3, { at: [x, bendY, side * bendZ], rotation: [0, (-side * Math.PI) / 2, 0] });
  return [
    { geometry: tubeBetween([x, 0, -legZ], [x, bendY, -legZ], tube), material: steel },
    { geometry: tubeBetween([x, 0, legZ], [x, bendY, legZ], tube), material: steel },
    { geometry: tubeBetween([x, topY, -bendZ], [x, topY, bendZ], tube), material: steel },
    { geometry: bend(1), material: steel },
    { geometry: bend(-1), material: steel },
  ];
}

function build(): ModelPart[] {
  const legZ = HOOP.length / 2 - HOOP.tube;
  const rails = [-legZ, legZ].map((z) => ({
    geometry: boxBetween([-RAIL_LENGTH / 2, 0, z - RAIL.width / 2], [RAIL_LENGTH / 2, RAIL.height, z + RAIL.width / 2]),
    material: MATERIALS.powderCoatDark,
  }));
  return [...rails, ...[-HOOP.spacing, 0, HOOP.spacing].flatMap(hoop)];
}

export const bikeRack: ModelDefinition = {
  id: 'bike-rack',
  name: { zh: '自行车停车架', en: 'Bike rack' },
  // the ground rails are a little wider than the tube, so the set is 1 cm deeper than a hoop
  size: { width: RAIL_LENGTH, depth: HOOP.length + RAIL.width - 2 * HOOP.tube, height: HOOP.height },
  triangleBudget: 400,
  build,
};
