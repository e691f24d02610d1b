import { Matrix4, Vector3 } from '@math.gl/core';
import { Ellipsoid } from '@math.gl/geospatial';

/** WGS-84 position in degrees. `height` is metres in the same vertical reference as the frame
 * origin's height (the site treats its ground as level at the origin), 0 when omitted. */
export interface GeoPoint {
  lng: number;
  lat: number;
  height?: number;
}

/** Metres along the local east, north and up axes of a frame's origin. */
export interface EnuPoint {
  east: number;
  north: number;
  up: number;
}

/** three.js scene vector: +x east, +y up, −z north. */
export type SceneVector = [number, number, number];

export interface EnuFrame {
  readonly origin: Readonly<Required<GeoPoint>>;
  toEnu(p: GeoPoint): EnuPoint;
  fromEnu(e: EnuPoint): Required<GeoPoint>;
  toScene(p: GeoPoint): SceneVector;
  fromScene(v: readonly [number, number, number]): Required<GeoPoint>;
}

const WGS84 = Ellipsoid.WGS84;

/**
 * A local tangent frame around `origin`. The matrices are computed once here, so converting a
 * point costs one ellipsoid conversion and one matrix product. The conversion is exact (no
 * flat-Earth shortcut), but the frame is a tangent plane: away from the origin the ground falls
 * below `up = 0` with the Earth's curvature, about 8 cm at 1 km.
 *
 * @math.gl/geospatial reads cartographic values as degrees unless its global config is switched
 * to radians; this project never switches it.
 */
export function createEnuFrame(origin: GeoPoint): EnuFrame {
  const frameOrigin = checkedGeoPoint(origin, 'origin');
  const originEcef = WGS84.cartographicToCartesian(
    [frameOrigin.lng, frameOrigin.lat, frameOrigin.height],
    new Vector3(),
  );
  const enuToEcef = WGS84.eastNorthUpToFixedFrame(originEcef, new Matrix4());
  const ecefToEnu = enuToEcef.clone().invert();

  function toEnu(p: GeoPoint): EnuPoint {
    const point = checkedGeoPoint(p, 'point');
    const ecef = WGS84.cartographicToCartesian([point.lng, point.lat, point.height], new Vector3());
    const enu = new Vector3();
    ecefToEnu.transformAsPoint(ecef, enu);
    return { east: enu.x, north: enu.y, up: enu.z };
  }

  function fromEnu(e: EnuPoint): Required<GeoPoint> {
    assertFinite(e.east, 'east');
    assertFinite(e.north, 'north');
    assertFinite(e.up, 'up');
    const ecef = new Vector3();
    enuToEcef.transformAsPoint([e.east, e.north, e.up], ecef);
    // Undefined only at the Earth's centre, some 6 370 km below any site.
    const geo = WGS84.cartesianToCartographic(ecef, new Vector3()) as Vector3 | undefined;
    if (!geo) {
      throw new RangeError(`ENU point (${e.east}, ${e.north}, ${e.up}) is at the Earth's centre: it has no lng/lat`);
    }
    return { lng: geo.x, lat: geo.y, height: geo.z };
  }

  function toScene(p: GeoPoint): SceneVector {
    const { east, north, up } = toEnu(p);
    // `0 - north` rather than `-north`, so a point on the east axis gets z = 0, not −0.
    return [east, up, 0 - north];
  }

  function fromScene(v: readonly [number, number, number]): Required<GeoPoint> {
    const [x, y, z] = v;
    return fromEnu({ east: x, north: 0 - z, up: y });
  }

  return { origin: Object.freeze(frameOrigin), toEnu, fromEnu, toScene, fromScene };
}

function checkedGeoPoint(p: GeoPoint, what: string): Required<GeoPoint> {
  const height = p.height ?? 0;
  assertFinite(p.lng, `${what}.lng`);
  assertFinite(p.lat, `${what}.lat`);
  assertFinite(height, `${what}.height`);
  if (Math.abs(p.lat) > 90) throw new RangeError(`${what}.lat must be within −90..90 degrees, got ${p.lat}`);
  if (Math.abs(p.lng) > 180) throw new RangeError(`${what}.lng must be within −180..180 degrees, got ${p.lng}`);
  return { lng: p.lng, lat: p.lat, height };
}

function assertFinite(value: number, name: string): void {
  // typeof guards callers outside TypeScript, such as values read from JSON.
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
}
