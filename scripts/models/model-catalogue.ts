// Every model kind the site packs can place, in the order they are built and listed in the manifest.
import type { ModelDefinition } from './model-definition.ts';
import { bench } from './kinds/bench.ts';
import { bikeRack } from './kinds/bike-rack.ts';
import { bollard } from './kinds/bollard.ts';
import { lampPost } from './kinds/lamp-post.ts';
import { movableTableSet } from './kinds/movable-table-set.ts';
import { noticeBoard } from './kinds/notice-board.ts';
import { pergola } from './kinds/pergola.ts';
import { playStones } from './kinds/play-stones.ts';
import { raisedGardenBed } from './kinds/raised-garden-bed.ts';
import { shrubPlanter } from './kinds/shrub-planter.ts';
import { streetTree } from './kinds/street-tree.ts';

export const MODEL_CATALOGUE: readonly ModelDefinition[] = [
  streetTree,
  shrubPlanter,
  raisedGardenBed,
  bench,
  lampPost,
  bikeRack,
  pergola,
  bollard,
  noticeBoard,
  movableTableSet,
  playStones,
];
