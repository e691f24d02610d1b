// The pilot street in numbers: the cross-section of Lingyan South Road, the cross street, the
// rhythm of its trees and lamps. Every length is metres in the street frame (see
// ../street-frame.ts): x across the street (+ east), y along it (+ north), 0 at the site origin.
// Proportions are those of a 1990s Pudong residential street; positions are illustrative, drawn
// for discussion, not surveyed.

/** The street axis runs this many degrees east of true north, so that the junction falls on the
 * site plan's "junction" place (2 m east, 70 m north of the origin). */
export const STREET_HEADING_DEG = 1.64;

/** Lingyan South Road: two traffic lanes and a parking lane on each side between kerbs. */
export const LINGYAN = {
  name: { zh: '灵岩南路', en: 'Lingyan South Road' },
  /** The drawn length: the pack shows y from `south` to `north`. */
  south: -168,
  north: 168,
  /** Half the width of the two traffic lanes (3.25 m each). */
  laneHalfWidth: 3.25,
  /** Kerbside parking lane on each side, cars parked parallel. */
  parkingWidth: 2.25,
  /** Kerb to the back of the sidewalk. */
  sidewalkWidth: 3.5,
  /** Back of the sidewalk to the compound walls: the planted setback strip. */
  setbackWidth: 4.5,
} as const;

/** Carriageway edge (kerb line) and other lines across the street derived from the widths. */
export const KERB_X = LINGYAN.laneHalfWidth + LINGYAN.parkingWidth; // 5.5
export const SIDEWALK_BACK_X = KERB_X + LINGYAN.sidewalkWidth; // 9.0
export const WALL_LINE_X = SIDEWALK_BACK_X + LINGYAN.setbackWidth; // 13.5, street face of the walls

/** Compound walls: brick and railings, about head height. */
export const WALL = { thickness: 0.3, height: 2.2 } as const;
/** Gate posts stand at both ends of every gate opening, flush with the wall's street face. */
export const GATE_POST = { size: 0.6, height: 2.6 } as const;
/** The gatekeeper's lodge just inside a compound gate. */
export const GATEHOUSE = { insetFromWall: 1.5, width: 5, depth: 5, height: 3.2 } as const;

/** Lingzhao Road, the cross street: no parking, a little wider. */
export const LINGZHAO = {
  name: { zh: '凌兆路', en: 'Lingzhao Road' },
  /** Where its centreline crosses Lingyan South Road's. */
  centreY: 70,
  carriagewayWidth: 12,
  sidewalkWidth: 3.5,
  setbackWidth: 3.5,
  /** It is drawn this far to each side of Lingyan South Road's centreline. */
  reach: 100,
  /** Kerb radius at the four corners of the junction. */
  kerbRadius: 6,
} as const;

/** Parking stops this far short of the junction's kerb returns on Lingyan South Road. */
export const JUNCTION_NO_PARKING_MARGIN = 6;

/** The site plan's boundary: the study area in the street frame. */
export const PLAN_BOUNDARY = { halfWidth: 100, south: -170, north: 170 } as const;

/**
 * Existing plane trees in tree pits near the kerb, one slot every `spacing` metres. Slots at the
 * junction and in front of vehicle gates stay empty by design; `missing` are slots where a tree
 * has died or was never planted (the sparse shade residents complain about), listed by their y.
 */
export const STREET_TREES = {
  species: { zh: '悬铃木', en: 'London plane' },
  spacing: 8,
  firstSlotY: -164,
  lastSlotY: 164,
  /** tree pit centre, measured from the kerb into the sidewalk */
  offsetFromKerb: 0.8,
  /** keep tree pits this far from either end of a vehicle gate opening */
  gateClearance: 3,
  /** metres; the trees are about thirty years old, so between 8 and 11 m tall */
  heights: [9, 10.5, 8.5, 11, 9.5],
  missing: {
    west: [-148, -124, -68, -44, 4, 36, 124, 156],
    east: [-156, -132, -92, -52, -20, 12, 44, 132],
  },
} as const;

/** Existing street lights: a few, on the sidewalk by the kerb, arms over the carriageway. */
export const STREET_LAMPS = {
  offsetFromKerb: 0.4,
  west: [-152, -88, -24, 96, 160],
  east: [-120, -56, 8, 128],
} as const;

/** The bus stop on the east sidewalk north of the junction (the plan's "bus-stop" place). */
export const BUS_STOP = {
  /** the stop sign with its timetable board, and the bench beside it */
  signY: 106,
  benchY: 109.5,
  /** no parking along the kerb over this stretch, so the bus can pull in */
  kerbFrom: 88,
  kerbTo: 122,
  /** no tree pits between these, where people wait and board */
  clearFrom: 102,
  clearTo: 114,
} as const;
