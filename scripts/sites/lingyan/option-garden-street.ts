// Option A, "garden street": a few parking bays become community garden beds with benches, the
// gaps in the tree rows are planted, and the empty corner by the south gate becomes a pocket
// garden with a pergola, a vegetable patch and a notice board. Traffic lanes stay as they are.
import { mirrorX, rect } from '../shapes.ts';
import { SIDE_SIGN, type Side } from './blocks.ts';
import { FACING } from './layer-features.ts';
import { isWithinParking } from './kerbside.ts';
import type { OptionPlan, PlacedModelSpot } from './option-plan.ts';
import { KERB_X, LINGYAN } from './parameters.ts';
import { alongCode, SIDE_CODE, treeSlots } from './street-trees.ts';

/** Parking stretches given over to planting, each 18 m (about three parked cars). */
const PARKLETS: readonly { side: Side; from: number; to: number }[] = [
  { side: 'west', from: -56, to: -38 }, // opposite the market, by the garden corner
  { side: 'west', from: 30, to: 48 }, // by the residents' committee
  { side: 'west', from: 98, to: 116 }, // in front of the shops by the junction
  { side: 'east', from: -64, to: -46 }, // by the east compound gate
  { side: 'east', from: -2, to: 16 }, // on the way to the kindergarten
];

/** Along each parklet every 3 m: planters at both ends shield it from traffic, beds and a bench
 * between them, all facing the sidewalk. */
const PARKLET_PATTERN = ['shrub-planter', 'raised-garden-bed', 'raised-garden-bed', 'bench', 'raised-garden-bed', 'raised-garden-bed', 'shrub-planter'] as const;
const PARKLET_STEP = 3;

/** The empty corner by the south gate (see blocks.ts, "south-gate-corner"): x from −22 (its
 * back wall) to −9 (the back of the sidewalk), y from −96 to −82. */
const POCKET_GARDEN = { wallX: -22, sidewalkX: -9, from: -96, to: -82 };

function parkletModels(): PlacedModelSpot[] {
  const models: PlacedModelSpot[] = [];
  for (const parklet of PARKLETS) {
    if (!isWithinParking(parklet.side, parklet.from, parklet.to)) throw new Error(`parklet ${parklet.side} ${parklet.from}..${parklet.to} is not in a parking stretch`);
    const x = SIDE_SIGN[parklet.side] * (LINGYAN.laneHalfWidth + KERB_X) / 2;
    const towardsSidewalk = parklet.side === 'west' ? FACING.west : FACING.east;
    PARKLET_PATTERN.forEach((model, i) => {
      const y = parklet.from + PARKLET_STEP / 2 + i * PARKLET_STEP;
      models.push({ id: `a-${model}-${SIDE_CODE[parklet.side]}-${alongCode(y)}`, model, at: [x, y], streetHeading: towardsSidewalk });
    });
  }
  return models;
}

function parkletSurfaces() {
  return PARKLETS.map((p) => ({
    id: `a-parklet-${SIDE_CODE[p.side]}-${alongCode(p.from)}`,
    ring: mirrorX(rect(LINGYAN.laneHalfWidth, KERB_X, p.from, p.to), SIDE_SIGN[p.side]),
    properties: { material: 'planting-bed' as const, name: { zh: '由停车位改建的社区种植池', en: 'Community garden beds in former parking bays' } },
  }));
}

/** New trees in every empty tree pit along both sidewalks. */
function newStreetTrees(): PlacedModelSpot[] {
  return (['west', 'east'] as const).flatMap((side) =>
    treeSlots(side)
      .filter((slot) => !slot.existing)
      .map((slot) => ({ id: `a-tree-${SIDE_CODE[side]}-${alongCode(slot.y)}`, model: 'street-tree', at: slot.at, streetHeading: 0 })),
  );
}

function pocketGarden(): Pick<OptionPlan, 'models' | 'surfaces'> {
  const g = POCKET_GARDEN;
  return {
    surfaces: [
      {
        id: 'a-pocket-garden-border',
        ring: rect(g.wallX, g.wallX + 1.5, g.from, g.to),
        properties: { material: 'planting-bed', name: { zh: '口袋花园花境', en: 'Pocket garden: planted border' } },
      },
      {
        id: 'a-pocket-garden-lawn',
        ring: rect(g.wallX + 1.5, -14, -89, g.to),
        properties: { material: 'lawn', name: { zh: '口袋花园草坪', en: 'Pocket garden: lawn' } },
      },
    ],
    models: [
      // a pergola over a bench, looking north over the lawn and the vegetable patch
      { id: 'a-pocket-garden-pergola', model: 'pergola', at: [-17.25, -92.75], streetHeading: FACING.north },
      { id: 'a-pocket-garden-bench-pergola', model: 'bench', at: [-17.25, -93.3], streetHeading: FACING.north },
      { id: 'a-pocket-garden-veg-bed-1', model: 'raised-garden-bed', at: [-17.25, -86.5], streetHeading: FACING.north },
      { id: 'a-pocket-garden-veg-bed-2', model: 'raised-garden-bed', at: [-17.25, -83.7], streetHeading: FACING.north },
      { id: 'a-pocket-garden-bench-lawn', model: 'bench', at: [-12, -86], streetHeading: FACING.west },
      // the notice board by the gate, read from the sidewalk
      { id: 'a-pocket-garden-notice-board', model: 'notice-board', at: [-11, -95], streetHeading: FACING.east },
      { id: 'a-pocket-garden-planter-1', model: 'shrub-planter', at: [-9.6, -91], streetHeading: FACING.east },
      { id: 'a-pocket-garden-planter-2', model: 'shrub-planter', at: [-9.6, -84.5], streetHeading: FACING.east },
    ],
  };
}

export function gardenStreetPlan(): OptionPlan {
  const pocket = pocketGarden();
  return {
    models: [...newStreetTrees(), ...parkletModels(), ...pocket.models],
    surfaces: [...parkletSurfaces(), ...pocket.surfaces],
    removes: [],
  };
}
