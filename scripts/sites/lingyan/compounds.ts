// Inside the compounds: rows of six-storey slabs with lawns between them, the other buildings,
// and the wall and planted strip along Lingzhao Road.
import { mirrorX, rect } from '../shapes.ts';
import { LINGZHAO_SIDEWALK_BACK, LINGZHAO_WALL_FACE, SIDE_SIGN, SLAB, type Block } from './blocks.ts';
import { buildingShape } from './frontages.ts';
import type { ExistingStreet } from './layer-features.ts';
import { LINGZHAO, WALL } from './parameters.ts';

/** Lawns keep this far from the slabs: the paths and bike sheds along each building. */
const LAWN_MARGIN = 4;

function addSlabs(block: Block, street: ExistingStreet): void {
  let number = 0;
  for (const row of block.rows) {
    for (const [near, far] of row.slabs) {
      number += 1;
      street.buildings.push(
        buildingShape(block, {
          id: `slab-${block.id}-${number}`,
          name: { zh: `${block.compound.zh}${number}号楼`, en: `${block.compound.en}, building ${number}` },
          kind: 'residential',
          near,
          far,
          from: row.y,
          to: row.y + SLAB.depth,
          levels: SLAB.levels,
          height: SLAB.height,
        }),
      );
    }
  }
}

/** A lawn in each space between two rows, except where a gate's driveway runs through it. */
function addLawns(block: Block, street: ExistingStreet): void {
  const gates = block.frontage.filter((s) => s.kind === 'gate' && s.vehicles);
  block.rows.forEach((row, i) => {
    const next = block.rows[i + 1];
    if (!next) return;
    const from = row.y + SLAB.depth;
    const to = next.y;
    if (gates.some((g) => g.to > from && g.from < to)) return;
    const near = Math.max(row.slabs[0]![0], next.slabs[0]![0]);
    const far = Math.min(row.slabs[row.slabs.length - 1]![1], next.slabs[next.slabs.length - 1]![1]);
    street.green.push({
      id: `lawn-${block.id}-${i + 1}`,
      ring: mirrorX(rect(near, far, from + LAWN_MARGIN, to - LAWN_MARGIN), SIDE_SIGN[block.side]),
      properties: { material: 'lawn', name: { zh: `${block.compound.zh}宅间绿地`, en: `${block.compound.en}: lawn between buildings` } },
    });
  });
}

/** The compound's wall along Lingzhao Road and the planted strip in front of it. */
function addLingzhaoEdge(block: Block, street: ExistingStreet): void {
  const south = block.frontage[0]!.from < LINGZHAO.centreY;
  const sign = SIDE_SIGN[block.side];
  const wallFace = south ? LINGZHAO_WALL_FACE.south : LINGZHAO_WALL_FACE.north;
  const wallBack = south ? wallFace - WALL.thickness : wallFace + WALL.thickness;
  const sidewalkBack = south ? LINGZHAO_SIDEWALK_BACK.south : LINGZHAO_SIDEWALK_BACK.north;
  street.buildings.push({
    id: `wall-${block.id}-lingzhao`,
    ring: mirrorX(rect(block.lingzhaoWallFromX, LINGZHAO.reach, wallFace, wallBack), sign),
    properties: { height: WALL.height, name: { zh: `${block.compound.zh}围墙`, en: `${block.compound.en} wall` }, kind: 'wall' },
  });
  street.green.push({
    id: `setback-${block.id}-lingzhao`,
    ring: mirrorX(rect(block.lingzhaoStripFromX, LINGZHAO.reach, sidewalkBack, wallFace), sign),
    properties: { material: 'planting-bed', name: { zh: '凌兆路绿化带', en: 'Planted strip along Lingzhao Road' } },
  });
}

export function addCompound(block: Block, street: ExistingStreet): void {
  addSlabs(block, street);
  for (const spec of block.buildings) street.buildings.push(buildingShape(block, spec));
  addLawns(block, street);
  addLingzhaoEdge(block, street);
}
