// A neighbourhood notice board (公告栏): a 1.2 × 0.8 m pin board between two timber posts, at
// reading height for adults and wheelchair users (1.0–1.8 m), under a small gable roof that keeps
// rain off the notices. Notices face the front (-Z).
import { BoxGeometry } from 'three';
import { MATERIALS } from '../materials.ts';
import type { ModelDefinition, ModelPart } from '../model-definition.ts';
import { boxBetween, place } from '../primitives.ts';

const BOARD = { width: 1.2, height: 0.8, bottom: 1.0 };
const POST = { width: 0.08, x: 0.68 };
const ROOF = { width: 1.5, slope: 0.3, thickness: 0.03, pitch: 0.45, ridgeY: 2.2 };

/** Sheets of paper pinned to the board: [left, bottom, width, height] in board coordinates. */
const NOTICES = [
  [0.08, 0.38, 0.3, 0.36],
  [0.45, 0.42, 0.26, 0.3],
  [0.8, 0.14, 0.3, 0.42],
  [0.14, 0.06, 0.26, 0.26],
] as const;

function build(): ModelPart[] {
  const top = BOARD.bottom + BOARD.height;
  const halfWidth = BOARD.width / 2;
  const panelFront = -0.035;
  // Posts run up into the underside of the roof boards, so the roof never looks like it floats.
  const postTop = ROOF.ridgeY - ROOF.thickness - 0.01;
  const parts: ModelPart[] = [
    { geometry: boxBetween([-POST.x - POST.width / 2, 0, -POST.width / 2], [-POST.x + POST.width / 2, postTop, POST.width / 2]), material: MATERIALS.timberDark },
    { geometry: boxBetween([POST.x - POST.width / 2, 0, -POST.width / 2], [POST.x + POST.width / 2, postTop, POST.width / 2]), material: MATERIALS.timberDark },
    // frame behind and around the panel, spanning post to post
    { geometry: boxBetween([-POST.x, BOARD.bottom - 0.03, -0.03], [POST.x, top + 0.03, 0.03]), material: MATERIALS.timber },
    { geometry: boxBetween([-halfWidth, BOARD.bottom, panelFront], [halfWidth, top, -0.03]), material: MATERIALS.noticePanel },
  ];
  for (const [left, bottom, w, h] of NOTICES) {
    const x0 = -halfWidth + left;
    const y0 = BOARD.bottom + bottom;
    parts.push({ geometry: boxBetween([x0, y0, panelFront - 0.004], [x0 + w, y0 + h, panelFront]), material: MATERIALS.paper });
  }
  // Two roof boards meeting at the ridge, each tilted down and away from it.
  for (const side of [-1, 1]) {
    const run = (ROOF.slope / 2) * Math.cos(ROOF.pitch);
    const drop = (ROOF.slope / 2) * Math.sin(ROOF.pitch);
    const board = place(new BoxGeometry(ROOF.width, ROOF.thickness, ROOF.slope), {
      at: [0, ROOF.ridgeY - drop - ROOF.thickness / 2, side * run],
      rotation: [side * ROOF.pitch, 0, 0],
    });
    parts.push({ geometry: board, material: MATERIALS.roofTiles });
  }
  return parts;
}

export const noticeBoard: ModelDefinition = {
  id: 'notice-board',
  name: { zh: '社区公告栏', en: 'Notice board' },
  size: { width: ROOF.width, depth: 0.55, height: ROOF.ridgeY },
  triangleBudget: 400,
  build,
};
