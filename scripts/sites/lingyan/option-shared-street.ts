// Option B, "shared street": kerbside parking gives way to a sidewalk two metres wider on the
// west side and painted bike lanes along both kerbs (the traffic lanes narrow to 3 m each); at
// the shops by the junction a small plaza with movable tables, play stones and bike parking
// replaces the parking bays and the four trees standing there.
import { rect } from '../shapes.ts';
import { FACING } from './layer-features.ts';
import { KERBSIDE_ENDS } from './kerbside.ts';
import type { OptionPlan, PlacedModelSpot } from './option-plan.ts';
import { KERB_X, LINGYAN } from './parameters.ts';
import { treeId } from './street-trees.ts';

/** The new cross-section of the 11 m carriageway, x from west to east. */
export const SHARED_SECTION = {
  /** paving over the west parking lane: the west sidewalk becomes 5.5 m wide */
  widenedSidewalk: [-KERB_X, -3.5],
  westBikeLane: [-3.5, -2.0],
  // traffic lanes from −2.0 to 4.0: two lanes of 3 m
  eastBikeLane: [4.0, KERB_X],
} as const;

/** The plaza: from the shop fronts (x −19) to the new kerb, between y 88 and 118. */
export const PLAZA = { shopFrontX: -19, kerbX: -3.5, from: 88, to: 118 } as const;

const NORTH_OF_PLAZA = PLAZA.to;

function surfaces(): OptionPlan['surfaces'] {
  const paving = { zh: '拓宽的人行道', en: 'Widened sidewalk' };
  const bike = { zh: '非机动车道', en: 'Painted bike lane' };
  const [wx1, wx2] = SHARED_SECTION.widenedSidewalk;
  const [bw1, bw2] = SHARED_SECTION.westBikeLane;
  const [be1, be2] = SHARED_SECTION.eastBikeLane;
  const south = [LINGYAN.south, KERBSIDE_ENDS.south] as const;
  const north = [KERBSIDE_ENDS.north, LINGYAN.north] as const;
  return [
    { id: 'b-widened-sidewalk-south', ring: rect(wx1, wx2, ...south), properties: { material: 'paving', name: paving } },
    { id: 'b-widened-sidewalk-north', ring: rect(wx1, wx2, NORTH_OF_PLAZA, LINGYAN.north), properties: { material: 'paving', name: paving } },
    { id: 'b-bike-lane-west-south', ring: rect(bw1, bw2, ...south), properties: { material: 'bike-lane', name: bike } },
    { id: 'b-bike-lane-west-north', ring: rect(bw1, bw2, ...north), properties: { material: 'bike-lane', name: bike } },
    { id: 'b-bike-lane-east-south', ring: rect(be1, be2, ...south), properties: { material: 'bike-lane', name: bike } },
    { id: 'b-bike-lane-east-north', ring: rect(be1, be2, ...north), properties: { material: 'bike-lane', name: bike } },
    {
      id: 'b-plaza',
      ring: rect(PLAZA.shopFrontX, PLAZA.kerbX, PLAZA.from, PLAZA.to),
      properties: { material: 'plaza', name: { zh: '路口小广场', en: 'Small plaza by the junction' } },
    },
  ];
}

function plazaModels(): PlacedModelSpot[] {
  const m = (id: string, model: string, x: number, y: number, streetHeading: number = FACING.north): PlacedModelSpot => ({ id: `b-${id}`, model, at: [x, y], streetHeading });
  const models: PlacedModelSpot[] = [
    // a row of new trees down the middle of the plaza, for shade over the tables
    m('plaza-tree-1', 'street-tree', -12.5, 93),
    m('plaza-tree-2', 'street-tree', -12.5, 103),
    m('plaza-tree-3', 'street-tree', -12.5, 113),
    m('table-set-1', 'movable-table-set', -16.3, 97.5),
    m('table-set-2', 'movable-table-set', -16.3, 108.5),
    m('table-set-3', 'movable-table-set', -8.7, 98),
    m('table-set-4', 'movable-table-set', -8.7, 104.5),
    m('play-stones-1', 'play-stones', -16.3, 92),
    m('play-stones-2', 'play-stones', -16.3, 114),
    m('play-stones-3', 'play-stones', -8.7, 110.5),
    m('plaza-lamp-1', 'lamp-post', -4.6, 95, FACING.east),
    m('plaza-lamp-2', 'lamp-post', -4.6, 111, FACING.east),
    m('bike-rack-plaza-1', 'bike-rack', -16.3, 117.2),
    m('bike-rack-plaza-2', 'bike-rack', -9.2, 117.2),
  ];
  // bollards along the plaza's kerb keep cars off it
  for (let i = 0, y = PLAZA.from + 1; y < PLAZA.to; i++, y += 4) models.push(m(`plaza-bollard-${i + 1}`, 'bollard', PLAZA.kerbX - 0.3, y));
  return models;
}

function alongTheStreet(): PlacedModelSpot[] {
  const m = (id: string, model: string, x: number, y: number, streetHeading: number): PlacedModelSpot => ({ id: `b-${id}`, model, at: [x, y], streetHeading });
  return [
    // benches on the widened west sidewalk, backs to the bike lane
    ...[-128, -64, 16, 40].map((y, i) => m(`bench-${i + 1}`, 'bench', -4.7, y, FACING.west)),
    // street lights for the new sidewalk edge
    m('lamp-s120', 'lamp-post', -4.0, -120, FACING.east),
    m('lamp-n032', 'lamp-post', -4.0, 32, FACING.east),
    // bike and e-bike parking where people arrive: the bus stop and the market
    m('bike-rack-bus-stop-1', 'bike-rack', KERB_X + 2.9, 119, FACING.east),
    m('bike-rack-bus-stop-2', 'bike-rack', KERB_X + 2.9, 121.5, FACING.east),
    m('bike-rack-market-1', 'bike-rack', 14, -40, FACING.east),
    m('bike-rack-market-2', 'bike-rack', 14, -16, FACING.east),
  ];
}

/** Existing things in the plaza's footprint: the west trees and street light between y 88 and 118. */
const REMOVED = [...[92, 100, 108, 116].map((y) => treeId({ side: 'west', y })), 'lamp-w-n096'];

export function sharedStreetPlan(): OptionPlan {
  return { models: [...plazaModels(), ...alongTheStreet()], surfaces: surfaces(), removes: REMOVED };
}
