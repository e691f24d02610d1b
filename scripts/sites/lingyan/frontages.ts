// The edge of each compound facing the street: walls behind planted setback strips, gates with
// posts, aprons and gatehouses, shop and market forecourts, and the corners where the wall steps
// back (the community garden and the empty corner by the south gate).
import { mirrorX, rect, type Ring } from '../shapes.ts';
import { SIDE_SIGN, type Block, type BuildingSpec, type FrontageSegment, type Text } from './blocks.ts';
import type { ExistingStreet } from './layer-features.ts';
import { GATE_POST, GATEHOUSE, SIDEWALK_BACK_X, WALL, WALL_LINE_X } from './parameters.ts';

const SETBACK_STRIP_NAME: Text = { zh: '围墙前绿化带', en: 'Planted strip in front of the compound wall' };

/** A rectangle given with unsigned x on the block's side of the street. */
function sideRect(block: Block, near: number, far: number, from: number, to: number): Ring {
  return mirrorX(rect(near, far, from, to), SIDE_SIGN[block.side]);
}

export function buildingShape(block: Block, spec: BuildingSpec) {
  return {
    id: spec.id,
    ring: sideRect(block, spec.near, spec.far, spec.from, spec.to),
    properties: { height: spec.height, levels: spec.levels, name: spec.name, kind: spec.kind },
  };
}

/** Where a return wall (from the wall line back to a stepped-back frontage) starts across the
 * street: behind the neighbouring wall, or behind the neighbouring gate post. */
function returnWallStart(neighbour: FrontageSegment): number | undefined {
  if (neighbour.kind === 'wall') return WALL_LINE_X + WALL.thickness;
  if (neighbour.kind === 'gate') return WALL_LINE_X + GATE_POST.size;
  return undefined; // another stepped-back stretch: no wall between them
}

function checkContiguous(block: Block): void {
  block.frontage.forEach((segment, i) => {
    const next = block.frontage[i + 1];
    if (segment.to <= segment.from) throw new Error(`block ${block.id}: frontage segment ${i} is empty or reversed`);
    if (next && Math.abs(next.from - segment.to) > 1e-9) throw new Error(`block ${block.id}: gap or overlap after frontage segment ${i}`);
  });
}

export function addFrontage(block: Block, street: ExistingStreet): void {
  checkContiguous(block);
  const wallName: Text = { zh: `${block.compound.zh}围墙`, en: `${block.compound.en} wall` };
  const wall = (id: string, ring: Ring) =>
    street.buildings.push({ id, ring, properties: { height: WALL.height, name: wallName, kind: 'wall' } });
  let wallCount = 0;
  let stripCount = 0;
  const nextWallId = () => `wall-${block.id}-${++wallCount}`;

  block.frontage.forEach((segment, i) => {
    const { from, to } = segment;
    switch (segment.kind) {
      case 'wall': {
        street.green.push({
          id: `setback-${block.id}-${++stripCount}`,
          ring: sideRect(block, SIDEWALK_BACK_X, WALL_LINE_X, from, to),
          properties: { material: 'planting-bed', name: SETBACK_STRIP_NAME },
        });
        wall(nextWallId(), sideRect(block, WALL_LINE_X, WALL_LINE_X + WALL.thickness, from, to));
        return;
      }
      case 'gate': {
        street.sidewalks.push({
          id: `${segment.id}-apron`,
          ring: sideRect(block, SIDEWALK_BACK_X, WALL_LINE_X, from, to),
          properties: { material: 'paving', name: { zh: `${segment.name.zh}门前`, en: `In front of the ${segment.name.en.toLowerCase()}` } },
        });
        const postName: Text = { zh: `${segment.name.zh}门柱`, en: `${segment.name.en} post` };
        for (const [suffix, y1, y2] of [['south', from, from + GATE_POST.size], ['north', to - GATE_POST.size, to]] as const) {
          street.buildings.push({
            id: `${segment.id}-post-${suffix}`,
            ring: sideRect(block, WALL_LINE_X, WALL_LINE_X + GATE_POST.size, y1, y2),
            properties: { height: GATE_POST.height, name: postName, kind: 'gate' },
          });
        }
        if (segment.gatehouse) {
          const [y1, y2] = segment.gatehouse === 'before' ? [from - 0.5 - GATEHOUSE.depth, from - 0.5] : [to + 0.5, to + 0.5 + GATEHOUSE.depth];
          const near = WALL_LINE_X + GATEHOUSE.insetFromWall;
          street.buildings.push({
            id: `${segment.id}-gatehouse`,
            ring: sideRect(block, near, near + GATEHOUSE.width, y1, y2),
            properties: { height: GATEHOUSE.height, levels: 1, name: { zh: `${segment.name.zh}门卫室`, en: `${segment.name.en} gatehouse` }, kind: 'gate' },
          });
        }
        return;
      }
      case 'forecourt':
      case 'garden':
      case 'open-corner': {
        const hasBackWall = segment.kind !== 'forecourt';
        if (segment.kind === 'garden') {
          // Lawn along the street where people stop and talk; the beds residents tend behind it.
          const middle = (SIDEWALK_BACK_X + segment.depth) / 2;
          street.green.push({
            id: `${segment.id}-lawn`,
            ring: sideRect(block, SIDEWALK_BACK_X, middle, from, to),
            properties: { material: 'lawn', name: { zh: `${segment.name.zh}草坪`, en: `${segment.name.en}: lawn` } },
          });
          street.green.push({
            id: `${segment.id}-beds`,
            ring: sideRect(block, middle, segment.depth, from, to),
            properties: { material: 'planting-bed', name: { zh: `${segment.name.zh}种植区`, en: `${segment.name.en}: planting beds` } },
          });
        } else {
          street.sidewalks.push({
            id: segment.id,
            ring: sideRect(block, SIDEWALK_BACK_X, segment.depth, from, to),
            properties: { material: 'paving', name: segment.name },
          });
        }
        if (segment.kind === 'forecourt') {
          for (const spec of segment.buildings) street.buildings.push(buildingShape(block, spec));
        }
        const farX = segment.depth + (hasBackWall ? WALL.thickness : 0);
        if (hasBackWall) wall(nextWallId(), sideRect(block, segment.depth, farX, from, to));
        const previous = block.frontage[i - 1];
        const next = block.frontage[i + 1];
        const startX = previous && returnWallStart(previous);
        if (startX !== undefined) wall(nextWallId(), sideRect(block, startX, farX, from - WALL.thickness, from));
        const endX = next && returnWallStart(next);
        if (endX !== undefined) wall(nextWallId(), sideRect(block, endX, farX, to, to + WALL.thickness));
        return;
      }
    }
  });
}
