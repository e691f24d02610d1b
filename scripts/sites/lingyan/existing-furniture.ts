// Trees and street furniture standing today: the plane trees, a few street lights, the bus stop,
// the residents' committee notice board and what residents have put in their garden corner.
import { SIDE_SIGN } from './blocks.ts';
import { FACING, type ExistingStreet } from './layer-features.ts';
import { BUS_STOP, KERB_X, STREET_LAMPS, STREET_TREES, WALL_LINE_X } from './parameters.ts';
import { alongCode, SIDE_CODE, treeId, treeSlots } from './street-trees.ts';

export function addExistingTrees(street: ExistingStreet): void {
  for (const side of ['west', 'east'] as const) {
    for (const slot of treeSlots(side)) {
      if (!slot.existing) continue;
      street.trees.push({ id: treeId(slot), at: slot.at, properties: { height: slot.height, species: STREET_TREES.species } });
    }
  }
  // The one tree in the community garden, planted by residents.
  street.trees.push({ id: 'tree-community-garden', at: [-12, -62], properties: { height: 4, species: { zh: '桂花', en: 'Sweet osmanthus' } } });
}

export function addExistingFurniture(street: ExistingStreet): void {
  for (const side of ['west', 'east'] as const) {
    const sign = SIDE_SIGN[side];
    for (const y of STREET_LAMPS[side]) {
      street.furniture.push({
        id: `lamp-${SIDE_CODE[side]}-${alongCode(y)}`,
        at: [sign * (KERB_X + STREET_LAMPS.offsetFromKerb), y],
        // the arm reaches out over the carriageway
        streetHeading: side === 'west' ? FACING.east : FACING.west,
        model: 'lamp-post',
      });
    }
  }
  // The bus stop: a sign with its timetable board and a bench, both facing the road.
  street.furniture.push({ id: 'bus-stop-sign', at: [KERB_X + 2.8, BUS_STOP.signY], streetHeading: FACING.west, model: 'notice-board' });
  street.furniture.push({ id: 'bus-stop-bench', at: [KERB_X + 2.9, BUS_STOP.benchY], streetHeading: FACING.west, model: 'bench' });
  // The residents' committee notice board (宣传栏), against the wall beside its entrance.
  street.furniture.push({ id: 'committee-notice-board', at: [-(WALL_LINE_X - 0.6), 31], streetHeading: FACING.east, model: 'notice-board' });
  // The community garden: three raised beds residents built, and a bench facing them.
  for (const [i, y] of [-77, -70, -63].entries()) {
    street.furniture.push({ id: `community-garden-bed-${i + 1}`, at: [-18.75, y], streetHeading: FACING.north, model: 'raised-garden-bed' });
  }
  street.furniture.push({ id: 'community-garden-bench', at: [-12, -70], streetHeading: FACING.west, model: 'bench' });
}
