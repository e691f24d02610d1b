// A 3 × 3 m timber pergola, 2.6 m to the top of its slatted roof: four posts on concrete pads,
// two beams along X, knee braces for stiffness, and roof slats along Z. The slats give dappled
// rather than full shade, which residents asked for over garden seating.
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { barBetween, boxBetween } from '../primitives.ts';

const SIZE = 3;
const HEIGHT = 2.6;
const POST = { width: 0.12, inset: 1.3 }; // post centres at ±inset
const BEAM = { depth: 0.18, thickness: 0.08 };
const SLAT = { height: 0.12, width: 0.05, count: 11 };
const PAD = { width: 0.24, height: 0.08 };

function build(): ModelPart[] {
  const half = SIZE / 2;
  const beamTop = HEIGHT - SLAT.height;
  const postTop = beamTop - BEAM.depth;
  const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]] as const;
  const parts: ModelPart[] = [];
  for (const [sx, sz] of corners) {
    const x = sx * POST.inset;
    const z = sz * POST.inset;
    const p = POST.width / 2;
    parts.push({ geometry: boxBetween([x - PAD.width / 2, 0, z - PAD.width / 2], [x + PAD.width / 2, PAD.height, z + PAD.width / 2]), material: MATERIALS.concrete });
    parts.push({ geometry: boxBetween([x - p, PAD.height, z - p], [x + p, postTop, z + p]), material: MATERIALS.timber });
    // brace from the post up to the beam, towards the middle of the span
    parts.push({ geometry: barBetween([x - sx * p, postTop - 0.45, z], [x - sx * (p + 0.45), postTop, z], 0.06), material: MATERIALS.timberDark });
  }
  for (const sz of [-1, 1]) {
    const z = sz * POST.inset;
    parts.push({ geometry: boxBetween([-half, postTop, z - BEAM.thickness / 2], [half, beamTop, z + BEAM.thickness / 2]), material: MATERIALS.timber });
  }
  const pitch = (SIZE - SLAT.width) / (SLAT.count - 1);
  for (let i = 0; i < SLAT.count; i++) {
    const x = -half + SLAT.width / 2 + i * pitch;
    parts.push({ geometry: boxBetween([x - SLAT.width / 2, beamTop, -half], [x + SLAT.width / 2, HEIGHT, half]), material: MATERIALS.timber });
  }
  return parts;
}

export const pergola: ModelDefinition = {
  id: 'pergola',
  name: { zh: '廊架', en: 'Pergola' },
  size: { width: SIZE, depth: SIZE, height: HEIGHT },
  triangleBudget: 400,
  build,
};
