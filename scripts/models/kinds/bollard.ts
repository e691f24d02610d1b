// A 0.9 m steel bollard with a domed top and a reflective band at knee-to-hip height, where
// headlights and cyclists' lamps catch it at night.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { lathe, tubeBetween } from '../primitives.ts';

const HEIGHT = 0.9;
const RADIUS = 0.1;
const SIDES = 12;

function build(): ModelPart[] {
  const body = lathe([[RADIUS, 0], [RADIUS, 0.8], [0.09, 0.85], [0.06, 0.885], [0, HEIGHT]], SIDES);
  // a base ring hides the joint with the paving
  const baseRing = lathe([[0.13, 0], [0.13, 0.015], [RADIUS, 0.04]], SIDES);
  // The band is a hair proud of the body so it never z-fights with it.
  const band = tubeBetween([0, 0.62, 0], [0, 0.7, 0], { radius: RADIUS + 0.002, segments: SIDES });
  return [
    { geometry: body, material: MATERIALS.powderCoatDark },
    { geometry: baseRing, material: MATERIALS.powderCoatDark },
    { geometry: band, material: MATERIALS.reflectiveBand },
  ];
}

export const bollard: ModelDefinition = {
  id: 'bollard',
  name: { zh: '阻车桩', en: 'Bollard' },
  size: { width: 0.26, depth: 0.26, height: HEIGHT },
  triangleBudget: 400,
  build,
};
