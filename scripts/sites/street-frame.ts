// A street's own frame for drawing a site pack: x metres across the street (positive to the
// right when facing along it), y metres along it (positive forwards), origin on the centreline at
// the site origin. Cross-sections, setbacks and building rows are all easy to state in this frame;
// the one conversion to WGS-84 goes through createEnuFrame, the same module the app uses.
import { createEnuFrame, type EnuFrame, type GeoPoint } from '../../src/core/geo/enu.ts';

/** A point in the street frame, metres. */
export type StreetPoint = readonly [x: number, y: number];

/** GeoJSON position `[lng, lat]`, rounded to 7 decimals (about 1 cm), so files stay short and a
 * rebuild with unchanged parameters rewrites the same bytes. */
export type LngLat = [number, number];

export interface StreetFrame {
  readonly enu: EnuFrame;
  /** Degrees clockwise from true north of the street's +y axis. */
  readonly headingDeg: number;
  toEnu(p: StreetPoint): { east: number; north: number };
  toLngLat(p: StreetPoint): LngLat;
  /** A heading given in the street frame (0 = along +y, 90 = along +x), as a compass heading. */
  compassHeading(streetHeadingDeg: number): number;
}

export const COORDINATE_DECIMALS = 7;

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // `+ 0` turns a rounded −0 into 0, so the output never shows "-0".
  return Math.round(value * factor) / factor + 0;
}

export function createStreetFrame(origin: GeoPoint, headingDeg: number): StreetFrame {
  const enu = createEnuFrame(origin);
  const theta = (headingDeg * Math.PI) / 180;
  const sin = Math.sin(theta);
  const cos = Math.cos(theta);

  function toEnu([x, y]: StreetPoint) {
    // +y is the street axis at `headingDeg` from north; +x is that turned 90° clockwise.
    return { east: x * cos + y * sin, north: -x * sin + y * cos };
  }

  function toLngLat(p: StreetPoint): LngLat {
    const geo = enu.fromEnu({ ...toEnu(p), up: 0 });
    return [roundTo(geo.lng, COORDINATE_DECIMALS), roundTo(geo.lat, COORDINATE_DECIMALS)];
  }

  function compassHeading(streetHeadingDeg: number): number {
    const h = (((streetHeadingDeg + headingDeg) % 360) + 360) % 360;
    return roundTo(h, 1) % 360;
  }

  return { enu, headingDeg, toEnu, toLngLat, compassHeading };
}

