// What stands along each side of the street: four blocks, one per corner of the junction. Each
// block lists its street frontage from south to north (walls, gates, forecourts, the garden
// corner) and the six-storey slabs behind it. Distances across the street are given from the
// centreline without sign (`near`/`far`); the block's side gives the sign. Drawn for discussion:
// the compounds are typical of 1990s Pudong, not copied from any map.
import { LINGYAN, LINGZHAO, SIDEWALK_BACK_X, WALL, WALL_LINE_X } from './parameters.ts';

export type Side = 'west' | 'east';
export const SIDE_SIGN: Record<Side, 1 | -1> = { west: -1, east: 1 };

export interface Text {
  zh: string;
  en: string;
}

export type BuildingKind = 'residential' | 'shop' | 'public' | 'gate' | 'wall';

/** A rectangular building in the street frame: x from `near` to `far` (unsigned), y from–to. */
export interface BuildingSpec {
  id: string;
  name: Text;
  kind: BuildingKind;
  near: number;
  far: number;
  from: number;
  to: number;
  levels: number;
  height: number;
}

/** One stretch of the street frontage of a block, between `from` and `to` along the street. */
export type FrontageSegment =
  /** compound wall with a planted setback strip in front */
  | { kind: 'wall'; from: number; to: number }
  /** an opening in the wall between two posts, with a paved apron across the setback */
  | {
      kind: 'gate';
      from: number;
      to: number;
      id: string;
      name: Text;
      /** cars use it: no parking at the kerb and no tree pit in front */
      vehicles: boolean;
      /** the gatekeeper's lodge stands inside, to the south ('before') or north ('after') */
      gatehouse?: 'before' | 'after';
    }
  /** shop or market fronts set back behind a paved forecourt `depth` from the centreline */
  | { kind: 'forecourt'; from: number; to: number; id: string; name: Text; depth: number; buildings: BuildingSpec[] }
  /** the wall steps back to `depth`; the corner in front is a garden planted by residents */
  | { kind: 'garden'; from: number; to: number; id: string; name: Text; depth: number }
  /** the wall steps back to `depth`; the paved corner in front is empty (parked e-bikes) */
  | { kind: 'open-corner'; from: number; to: number; id: string; name: Text; depth: number };

/** A row of six-storey slabs, long side east–west, starting at `y` (its south face). */
export interface SlabRow {
  y: number;
  /** one or more slabs along the row, unsigned x from–to */
  slabs: readonly (readonly [near: number, far: number])[];
}

export interface Block {
  id: string;
  side: Side;
  compound: Text;
  /** frontage segments, south to north, covering the block's frontage without gaps */
  frontage: FrontageSegment[];
  rows: SlabRow[];
  /** other buildings inside the compound */
  buildings: BuildingSpec[];
  /** where the compound wall along Lingzhao Road starts (unsigned x) */
  lingzhaoWallFromX: number;
  /** where the planted strip along Lingzhao Road starts (unsigned x): at the back of Lingyan
   * South Road's sidewalk, unless a forecourt reaches round the corner */
  lingzhaoStripFromX: number;
}

/** Six storeys of about 3 m each, as built in the 1990s (多层住宅). */
export const SLAB = { depth: 11, levels: 6, height: 18 } as const;
export const SHOP_DEPTH = 11;

/** The back of Lingzhao Road's sidewalks, south and north of its centreline. */
export const LINGZHAO_SIDEWALK_BACK = {
  south: LINGZHAO.centreY - LINGZHAO.carriagewayWidth / 2 - LINGZHAO.sidewalkWidth, // 60.5
  north: LINGZHAO.centreY + LINGZHAO.carriagewayWidth / 2 + LINGZHAO.sidewalkWidth, // 79.5
};

/** The compound walls along Lingzhao Road stand `LINGZHAO.setbackWidth` behind its sidewalks. */
export const LINGZHAO_WALL_FACE = {
  south: LINGZHAO_SIDEWALK_BACK.south - LINGZHAO.setbackWidth, // 57
  north: LINGZHAO_SIDEWALK_BACK.north + LINGZHAO.setbackWidth, // 83
};

const t = (zh: string, en: string): Text => ({ zh, en });

/** Equal shop units side by side from `from` to `to`, one storey or two as listed. */
function shopUnits(idPrefix: string, name: Text, from: number, to: number, near: number, levels: readonly number[]): BuildingSpec[] {
  const width = (to - from) / levels.length;
  return levels.map((lv, i) => ({
    id: `${idPrefix}-${i + 1}`,
    name: t(`${name.zh}${i + 1}号`, `${name.en} no. ${i + 1}`),
    kind: 'shop',
    near,
    far: near + SHOP_DEPTH,
    from: from + i * width,
    to: from + (i + 1) * width,
    levels: lv,
    height: lv === 1 ? 4.2 : 7.2,
  }));
}

const rowsAt = (ys: readonly number[], near: number, far: number): SlabRow[] => ys.map((y) => ({ y, slabs: [[near, far]] }));

export const BLOCKS: readonly Block[] = [
  {
    id: 'ws',
    side: 'west',
    compound: t('西侧小区', 'West compound'),
    frontage: [
      { kind: 'wall', from: LINGYAN.south, to: -105.2 },
      { kind: 'gate', from: -105.2, to: -96, id: 'south-gate', name: t('小区南门', 'Compound south gate'), vehicles: true, gatehouse: 'before' },
      { kind: 'open-corner', from: -96, to: -82, id: 'south-gate-corner', name: t('南门旁空地', 'Empty corner by the south gate'), depth: 22 },
      { kind: 'garden', from: -82, to: -58, id: 'community-garden', name: t('社区花园角', 'Community garden corner'), depth: 22 },
      { kind: 'wall', from: -58, to: -13.6 },
      { kind: 'gate', from: -13.6, to: -4.4, id: 'west-main-gate', name: t('小区正门', 'Compound main gate'), vehicles: true, gatehouse: 'before' },
      { kind: 'wall', from: -4.4, to: 19 },
      { kind: 'gate', from: 19, to: 28, id: 'committee-gate', name: t('居委会入口', 'Residents’ committee entrance'), vehicles: false },
      { kind: 'wall', from: 28, to: LINGZHAO_WALL_FACE.south },
    ],
    rows: rowsAt([-160, -128, -96, -64, -32, 0, 32], 30, 82),
    buildings: [
      { id: 'residents-committee', name: t('居委会', 'Residents’ committee'), kind: 'public', near: 17, far: 26, from: 18, to: 30, levels: 2, height: 7 },
    ],
    lingzhaoWallFromX: WALL_LINE_X + WALL.thickness,
    lingzhaoStripFromX: SIDEWALK_BACK_X,
  },
  {
    id: 'wn',
    side: 'west',
    compound: t('西北小区', 'North-west compound'),
    frontage: [
      {
        kind: 'forecourt',
        // paved right round the corner, so the corner shop opens onto both streets
        from: LINGZHAO_SIDEWALK_BACK.north,
        to: 124,
        id: 'shops-nw-forecourt',
        name: t('路口沿街商铺前场', 'Forecourt of the shops by the junction'),
        depth: 19,
        buildings: shopUnits('shop-nw', t('路口商铺', 'Junction shop'), LINGZHAO_WALL_FACE.north, 124, 19, [2, 1, 1, 2, 1]),
      },
      { kind: 'wall', from: 124, to: 135.4 },
      { kind: 'gate', from: 135.4, to: 144.6, id: 'north-west-gate', name: t('西北小区大门', 'North-west compound gate'), vehicles: true, gatehouse: 'after' },
      { kind: 'wall', from: 144.6, to: LINGYAN.north },
    ],
    rows: rowsAt([90, 122, 154], 38, 90),
    buildings: [],
    lingzhaoWallFromX: 19 + SHOP_DEPTH,
    lingzhaoStripFromX: 19,
  },
  {
    id: 'es',
    side: 'east',
    compound: t('东侧小区', 'East compound'),
    frontage: [
      { kind: 'wall', from: LINGYAN.south, to: -140 },
      {
        kind: 'forecourt',
        from: -140,
        to: -100,
        id: 'shops-se-forecourt',
        name: t('沿街小店前场', 'Forecourt of the row of small shops'),
        depth: 19,
        buildings: shopUnits('shop-se', t('沿街小店', 'Small shop'), -140, -100, 19, [1, 1, 2, 1, 1]),
      },
      { kind: 'wall', from: -100, to: -80.6 },
      { kind: 'gate', from: -80.6, to: -71.4, id: 'east-gate', name: t('东侧小区大门', 'East compound gate'), vehicles: true, gatehouse: 'after' },
      { kind: 'wall', from: -71.4, to: -45 },
      {
        kind: 'forecourt',
        from: -45,
        to: -11,
        id: 'market-forecourt',
        name: t('菜场门口', 'Market entrance'),
        depth: 17,
        buildings: [{ id: 'market', name: t('菜场', 'Food market'), kind: 'public', near: 17, far: 41, from: -45, to: -11, levels: 2, height: 8 }],
      },
      { kind: 'wall', from: -11, to: 26.4 },
      { kind: 'gate', from: 26.4, to: 35.2, id: 'kindergarten-gate', name: t('幼儿园大门', 'Kindergarten gate'), vehicles: false, gatehouse: 'after' },
      { kind: 'wall', from: 35.2, to: LINGZHAO_WALL_FACE.south },
    ],
    rows: [
      ...rowsAt([-160, -128, -96, -64], 38, 90),
      { y: -32, slabs: [[48, 96]] }, // set back behind the market
      { y: 0, slabs: [[38, 90]] },
      { y: 32, slabs: [[58, 96]] }, // set back behind the kindergarten
    ],
    buildings: [{ id: 'kindergarten', name: t('幼儿园', 'Kindergarten'), kind: 'public', near: 24, far: 50, from: 20, to: 46, levels: 3, height: 11 }],
    lingzhaoWallFromX: WALL_LINE_X + WALL.thickness,
    lingzhaoStripFromX: SIDEWALK_BACK_X,
  },
  {
    id: 'en',
    side: 'east',
    compound: t('东北小区', 'North-east compound'),
    frontage: [
      { kind: 'wall', from: LINGZHAO_WALL_FACE.north, to: 136.4 },
      { kind: 'gate', from: 136.4, to: 145.6, id: 'north-east-gate', name: t('东北小区大门', 'North-east compound gate'), vehicles: true, gatehouse: 'before' },
      { kind: 'wall', from: 145.6, to: LINGYAN.north },
    ],
    rows: rowsAt([88, 120, 152], 26, 78),
    buildings: [],
    lingzhaoWallFromX: WALL_LINE_X + WALL.thickness,
    lingzhaoStripFromX: SIDEWALK_BACK_X,
  },
];

/** A gate of the frontage by its id, with the side of the street it is on. */
export function findGate(id: string): Extract<FrontageSegment, { kind: 'gate' }> & { side: Side } {
  for (const block of BLOCKS) {
    for (const segment of block.frontage) {
      if (segment.kind === 'gate' && segment.id === id) return { ...segment, side: block.side };
    }
  }
  throw new Error(`no gate "${id}" in BLOCKS`);
}
