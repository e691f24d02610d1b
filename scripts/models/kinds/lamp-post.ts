// A 5 m pedestrian-scale street light: tapered steel pole on a flanged base, an arm reaching
// towards the front (-Z, over the path it lights) and a flat LED luminaire. The origin is the foot
// of the pole, so the footprint is off-centre towards the front by the arm's reach.
import { BoxGeometry } from 'three';
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { lathe, place, tubeBetween } from '../primitives.ts';

const HEIGHT = 5;
const POLE_TOP = 4.85;
const ARM_REACH = 1.1; // from the pole axis to the luminaire centre
const HEAD = { length: 0.5, width: 0.24, thickness: 0.08, tilt: 0.08 };

function build(): ModelPart[] {
  const steel = MATERIALS.powderCoatDark;
  const headCentreY = HEIGHT - HEAD.thickness / 2 - 0.02;
  // The head tilts up slightly towards its tip, as real cobra-head fittings do.
  const headPlacement = { at: [0, headCentreY, -ARM_REACH] as const, rotation: [HEAD.tilt, 0, 0] as const };
  return [
    { geometry: lathe([[0.14, 0], [0.14, 0.06], [0.1, 0.12], [0.085, 0.4]], 8), material: steel },
    { geometry: tubeBetween([0, 0.4, 0], [0, POLE_TOP, 0], { radius: 0.08, radiusAtEnd: 0.055, segments: 8, capped: true }), material: steel },
    { geometry: tubeBetween([0, POLE_TOP - 0.35, 0], [0, headCentreY, -(ARM_REACH - HEAD.length / 2 + 0.05)], { radius: 0.035, segments: 6 }), material: steel },
    { geometry: place(new BoxGeometry(HEAD.width, HEAD.thickness, HEAD.length), headPlacement), material: steel },
    // The lens sits just under the housing so it reads as the lit face from the street.
    {
      geometry: place(new BoxGeometry(HEAD.width - 0.04, 0.012, HEAD.length - 0.08).translate(0, -HEAD.thickness / 2 - 0.006, 0), headPlacement),
      material: MATERIALS.luminaireLens,
    },
  ];
}

export const lampPost: ModelDefinition = {
  id: 'lamp-post',
  name: { zh: '路灯', en: 'Lamp post' },
  size: { width: 0.28, depth: 1.49, height: HEIGHT },
  triangleBudget: 400,
  build,
};
