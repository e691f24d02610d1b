// A 1.8 m park bench of the kind used on Shanghai sidewalks: timber slats on powder-coated steel
// side frames, seat at 0.45 m, a reclined backrest and armrests (older residents need them to
// stand up). Sitters face the front (-Z); the backrest is on the +Z side.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { boxBetween, place, tubeBetween } from '../primitives.ts';
import { BoxGeometry } from 'three';

const WIDTH = 1.8;
const SEAT_HEIGHT = 0.45;
const SLAT = { thickness: 0.035, depth: 0.13, gap: 0.03 };
const SEAT_FRONT_Z = -0.28;
const FRAME_X = 0.82; // side frames sit in from the ends so the slats overhang a little
const BACK_TILT = 0.2; // radians the backrest leans back (+Z)
const TUBE = { radius: 0.022, segments: 6, capped: true };

function sideFrame(x: number): ModelPart[] {
  const steel = MATERIALS.powderCoatDark;
  const seatRailY = SEAT_HEIGHT - SLAT.thickness - 0.012;
  return [
    // front leg rising on to carry the armrest
    { geometry: tubeBetween([x, 0, -0.24], [x, 0.64, -0.24], TUBE), material: steel },
    // rear leg leaning back and carrying on as the backrest support
    // (starting a few mm up: the rim of a leaning tube's foot would otherwise dip below the ground)
    { geometry: tubeBetween([x, 0.005, 0.12], [x, 0.82, 0.12 + 0.82 * Math.tan(BACK_TILT)], TUBE), material: steel },
    // rail under the seat slats
    { geometry: tubeBetween([x, seatRailY, -0.27], [x, seatRailY, 0.2], TUBE), material: steel },
    { geometry: boxBetween([x - 0.03, 0.64, SEAT_FRONT_Z], [x + 0.03, 0.67, 0.16]), material: MATERIALS.timberDark },
  ];
}

function build(): ModelPart[] {
  const halfWidth = WIDTH / 2;
  const seatSlats: ModelPart[] = [0, 1, 2].map((i) => {
    const front = SEAT_FRONT_Z + i * (SLAT.depth + SLAT.gap);
    return {
      geometry: boxBetween([-halfWidth, SEAT_HEIGHT - SLAT.thickness, front], [halfWidth, SEAT_HEIGHT, front + SLAT.depth]),
      material: MATERIALS.timber,
    };
  });
  // Back slats lie along the leaning support, just in front of it.
  const backSlats: ModelPart[] = [0.6, 0.76].map((y) => ({
    geometry: place(new BoxGeometry(WIDTH, 0.12, SLAT.thickness), {
      at: [0, y, 0.12 + y * Math.tan(BACK_TILT) - 0.04],
      rotation: [BACK_TILT, 0, 0],
    }),
    material: MATERIALS.timber,
  }));
  return [...seatSlats, ...backSlats, ...sideFrame(-FRAME_X), ...sideFrame(FRAME_X)];
}

export const bench: ModelDefinition = {
  id: 'bench',
  name: { zh: '长椅', en: 'Bench' },
  size: { width: WIDTH, depth: 0.59, height: 0.82 },
  triangleBudget: 300,
  build,
};
