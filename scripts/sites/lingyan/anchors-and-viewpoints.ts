// AR alignment anchors (points a resident can find and tap on the real street: kerb corners at
// the junction, gate posts) and the twin's named viewpoints (where a person would stand, and
// what they look at).
import { findGate, SIDE_SIGN, type Text } from './blocks.ts';
import { KERB_RETURN } from './kerbside.ts';
import { GATE_POST, KERB_X, WALL_LINE_X } from './parameters.ts';
import type { StreetPoint } from '../street-frame.ts';

export interface AnchorSpot {
  id: string;
  name: Text;
  description: Text;
  at: StreetPoint;
}

export interface ViewpointSpot {
  id: string;
  name: Text;
  at: StreetPoint;
  /** eye height above the ground, metres */
  eye: number;
  /** the point looked at: street-frame x, y and a height above the ground */
  lookAt: readonly [x: number, y: number, height: number];
}

/** The street-side corner of a gate post next to the opening: a sharp, findable point. */
function gatePostCorner(gateId: string, post: 'south' | 'north'): StreetPoint {
  const gate = findGate(gateId);
  const y = post === 'south' ? gate.from + GATE_POST.size : gate.to - GATE_POST.size;
  return [SIDE_SIGN[gate.side] * WALL_LINE_X, y];
}

export const ANCHORS: readonly AnchorSpot[] = [
  {
    id: 'kerb-south-east-corner',
    name: { zh: '路口东南角路缘石', en: 'South-east kerb corner at the junction' },
    description: {
      zh: '灵岩南路东侧路缘石开始转弯进入凌兆路的位置，点在车行道一侧的路缘石底角。',
      en: 'Where the east kerb of Lingyan South Road starts to curve into Lingzhao Road: tap the foot of the kerb on the road side.',
    },
    at: [KERB_X, KERB_RETURN.south],
  },
  {
    id: 'kerb-north-west-corner',
    name: { zh: '路口西北角路缘石', en: 'North-west kerb corner at the junction' },
    description: {
      zh: '灵岩南路西侧路缘石从凌兆路转弯后变直的位置（路口便利店门前），点在车行道一侧的路缘石底角。',
      en: 'Where the west kerb of Lingyan South Road straightens out after the curve from Lingzhao Road, by the corner shop: tap the foot of the kerb on the road side.',
    },
    at: [-KERB_X, KERB_RETURN.north],
  },
  {
    id: 'south-gate-post',
    name: { zh: '小区南门北侧门柱', en: 'North post of the compound south gate' },
    description: {
      zh: '小区南门北侧门柱靠街、靠门洞的底角。',
      en: 'The foot of the north gate post of the compound south gate, at its corner facing both the street and the gateway.',
    },
    at: gatePostCorner('south-gate', 'north'),
  },
  {
    id: 'kindergarten-gate-post',
    name: { zh: '幼儿园大门南侧门柱', en: 'South post of the kindergarten gate' },
    description: {
      zh: '幼儿园大门南侧门柱靠街、靠门洞的底角。',
      en: 'The foot of the south gate post of the kindergarten, at its corner facing both the street and the gateway.',
    },
    at: gatePostCorner('kindergarten-gate', 'south'),
  },
];

const EYE = 1.6;

export const VIEWPOINTS: readonly ViewpointSpot[] = [
  {
    id: 'junction-looking-south',
    name: { zh: '路口看向南', en: 'Junction, looking south' },
    at: [7.3, 84],
    eye: EYE,
    lookAt: [0, 10, 0],
  },
  {
    id: 'corner-shops',
    name: { zh: '路口小店', en: 'Shops by the junction' },
    at: [7.3, 58],
    eye: EYE,
    lookAt: [-19, 100, 2],
  },
  {
    id: 'kindergarten-gate',
    name: { zh: '幼儿园门口', en: 'Kindergarten gate' },
    at: [-7.3, 24],
    eye: EYE,
    lookAt: [14, 32, 1.2],
  },
  {
    id: 'garden-corner',
    name: { zh: '花园角', en: 'Garden corner' },
    at: [-7.3, -54],
    eye: EYE,
    lookAt: [-17, -82, 0.3],
  },
  {
    id: 'south-gate',
    name: { zh: '小区南门', en: 'Compound south gate' },
    at: [7.3, -101],
    eye: EYE,
    lookAt: [-14, -100, 1.5],
  },
  {
    id: 'overview',
    name: { zh: '鸟瞰', en: 'Bird’s-eye view' },
    at: [70, -175],
    eye: 60,
    lookAt: [-5, -10, 0],
  },
];

/** Heading (street-frame degrees, 0 = along +y) and pitch (degrees, up positive) of a view. */
export function viewDirection(v: ViewpointSpot): { streetHeading: number; pitch: number } {
  const dx = v.lookAt[0] - v.at[0];
  const dy = v.lookAt[1] - v.at[1];
  const streetHeading = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
  const pitch = (Math.atan2(v.lookAt[2] - v.eye, Math.hypot(dx, dy)) * 180) / Math.PI;
  return { streetHeading, pitch };
}
