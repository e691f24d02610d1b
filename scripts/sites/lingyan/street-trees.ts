// Tree pits along both sidewalks: one slot every few metres, none at the junction, in front of a
// vehicle gate or where people board the bus. A slot holds an existing tree unless the
// parameters list it as missing; the garden-street option plants the missing ones.
import { SIDE_SIGN, type Side } from './blocks.ts';
import { KERBSIDE_ENDS, vehicleGates } from './kerbside.ts';
import type { StreetPoint } from '../street-frame.ts';
import { BUS_STOP, KERB_X, STREET_TREES } from './parameters.ts';

export interface TreeSlot {
  side: Side;
  y: number;
  at: StreetPoint;
  /** a tree stands there today */
  existing: boolean;
  /** metres, for an existing tree */
  height: number;
}

/** "s148" for 148 m south of the origin, "n012" for 12 m north: ids that say where a thing is. */
export function alongCode(y: number): string {
  const metres = String(Math.round(Math.abs(y))).padStart(3, '0');
  return `${y < 0 ? 's' : 'n'}${metres}`;
}

export const SIDE_CODE: Record<Side, string> = { west: 'w', east: 'e' };

function isKeptClear(side: Side, y: number): boolean {
  if (y >= KERBSIDE_ENDS.south && y <= KERBSIDE_ENDS.north) return true; // the junction
  if (vehicleGates(side).some(([from, to]) => y >= from - STREET_TREES.gateClearance && y <= to + STREET_TREES.gateClearance)) return true;
  return side === 'east' && y >= BUS_STOP.clearFrom && y <= BUS_STOP.clearTo;
}

export function treeSlots(side: Side): TreeSlot[] {
  const missing = new Set<number>(STREET_TREES.missing[side]);
  const slots: TreeSlot[] = [];
  const x = SIDE_SIGN[side] * (KERB_X + STREET_TREES.offsetFromKerb);
  for (let y = STREET_TREES.firstSlotY, i = 0; y <= STREET_TREES.lastSlotY; y += STREET_TREES.spacing, i++) {
    if (isKeptClear(side, y)) continue;
    const height = STREET_TREES.heights[i % STREET_TREES.heights.length]!;
    slots.push({ side, y, at: [x, y], existing: !missing.has(y), height });
  }
  // A missing tree listed at a slot that does not exist is a typo in the parameters: say so now
  // rather than draw a street without the gap.
  for (const y of missing) {
    if (!slots.some((s) => s.y === y)) throw new Error(`STREET_TREES.missing.${side}: ${y} is not a tree slot`);
  }
  return slots;
}

export function treeId(slot: Pick<TreeSlot, 'side' | 'y'>): string {
  return `tree-${SIDE_CODE[slot.side]}-${alongCode(slot.y)}`;
}
