// Carriageways and sidewalks of the two streets: one carriageway polygon for the through lanes
// and the junction (kerb returns drawn as arcs), the kerbside lanes stretch by stretch, and one
// L-shaped sidewalk per corner of the junction.
import { arc, mirrorX, rect, type Ring } from '../shapes.ts';
import type { StreetPoint } from '../street-frame.ts';
import { LINGZHAO_SIDEWALK_BACK, SIDE_SIGN, type Side, type Text } from './blocks.ts';
import { KERBSIDE_ENDS, kerbsideStretches, type KerbsideUse } from './kerbside.ts';
import type { SurfaceShape } from './layer-features.ts';
import { KERB_X, LINGYAN, LINGZHAO, SIDEWALK_BACK_X } from './parameters.ts';

const LANE = LINGYAN.laneHalfWidth;
const R = LINGZHAO.kerbRadius;
/** Lingzhao Road's kerb lines and sidewalk backs. */
const CROSS = {
  kerbSouth: LINGZHAO.centreY - LINGZHAO.carriagewayWidth / 2,
  kerbNorth: LINGZHAO.centreY + LINGZHAO.carriagewayWidth / 2,
  backSouth: LINGZHAO_SIDEWALK_BACK.south,
  backNorth: LINGZHAO_SIDEWALK_BACK.north,
};

/** The through lanes of both streets and the junction between the four kerb returns. */
function carriagewayRing(): Ring {
  const { south: ys, north: yn } = KERBSIDE_ENDS;
  const { kerbSouth: s, kerbNorth: n } = CROSS;
  const k = KERB_X;
  const reach = LINGZHAO.reach;
  const eastHalf: StreetPoint[] = [
    [LANE, LINGYAN.south],
    [LANE, ys],
    [k, ys],
    ...arc([k + R, s - R], R, 180, 90), // south-east kerb return
    [reach, s],
    [reach, n],
    ...arc([k + R, n + R], R, 270, 180), // north-east kerb return
    [k, yn],
    [LANE, yn],
    [LANE, LINGYAN.north],
  ];
  // The west half is the east half mirrored, walked back from north to south.
  return [...eastHalf, ...mirrorX(eastHalf, -1).reverse()];
}

const KERBSIDE_NAMES: Record<KerbsideUse, Text> = {
  parking: { zh: '路边停车位', en: 'Kerbside parking' },
  gate: { zh: '小区出入口（禁止停车）', en: 'Gate entrance (no parking)' },
  'bus-stop': { zh: '公交车站停靠区', en: 'Bus stop (no parking)' },
};

const SIDE_CODE: Record<Side, string> = { west: 'w', east: 'e' };

export function carriagewayShapes(): SurfaceShape[] {
  const shapes: SurfaceShape[] = [
    { id: 'carriageway', ring: carriagewayRing(), properties: { material: 'asphalt', name: { zh: '车行道', en: 'Carriageway' } } },
  ];
  for (const side of ['west', 'east'] as const) {
    const sign = SIDE_SIGN[side];
    kerbsideStretches(side).forEach((stretch, i) => {
      shapes.push({
        id: `kerbside-${SIDE_CODE[side]}-${i + 1}`,
        ring: rect(sign * LANE, sign * KERB_X, stretch.from, stretch.to),
        properties: { material: 'asphalt', name: KERBSIDE_NAMES[stretch.use] },
      });
    });
  }
  return shapes;
}

/** The sidewalk of the south-east corner (Lingyan's east side south of the junction and
 * Lingzhao's south side east of it) or its mirror / north counterpart. */
function cornerSidewalkRing(side: Side, end: 'south' | 'north'): Ring {
  const b = SIDEWALK_BACK_X;
  const k = KERB_X;
  const reach = LINGZHAO.reach;
  const east: StreetPoint[] =
    end === 'south'
      ? [[k, LINGYAN.south], [b, LINGYAN.south], [b, CROSS.backSouth], [reach, CROSS.backSouth], [reach, CROSS.kerbSouth], ...arc([k + R, CROSS.kerbSouth - R], R, 90, 180)]
      : [[k, LINGYAN.north], ...arc([k + R, CROSS.kerbNorth + R], R, 180, 270), [reach, CROSS.kerbNorth], [reach, CROSS.backNorth], [b, CROSS.backNorth], [b, LINGYAN.north]];
  return mirrorX(east, SIDE_SIGN[side]);
}

export function sidewalkShapes(): SurfaceShape[] {
  const names = {
    'south-west': { zh: '西南侧人行道', en: 'South-west sidewalk' },
    'north-west': { zh: '西北侧人行道', en: 'North-west sidewalk' },
    'south-east': { zh: '东南侧人行道', en: 'South-east sidewalk' },
    'north-east': { zh: '东北侧人行道', en: 'North-east sidewalk' },
  } as const;
  return (['west', 'east'] as const).flatMap((side) =>
    (['south', 'north'] as const).map((end) => ({
      id: `sidewalk-${end}-${side}`,
      ring: cornerSidewalkRing(side, end),
      properties: { material: 'paving' as const, name: names[`${end}-${side}`] },
    })),
  );
}
