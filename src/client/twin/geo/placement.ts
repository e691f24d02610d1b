import type { EnuFrame } from '../../../core/geo/enu.ts';

/** Where a model stands in the scene: on the ground at `position`, turned `rotationY` radians
 * about the up axis, scaled uniformly. */
export interface ScenePlacement {
  position: [number, number, number];
  rotationY: number;
  scale: number;
}

/**
 * A compass heading (degrees clockwise from north, the site pack's convention) as a rotation
 * about three.js +Y. Models face −Z (north) at rotation 0; a positive rotation about +Y turns
 * counter-clockwise seen from above, so clockwise headings are negated.
 */
export function headingToRotationY(headingDegrees: number): number {
  const radians = (-headingDegrees * Math.PI) / 180;
  return radians === 0 ? 0 : radians; // no −0 in matrices and snapshots
}

/**
 * A model placed by lng/lat stands on the site's ground. The ENU frame is a tangent plane, so
 * `up` of a ground point sinks a few millimetres with distance from the origin (Earth's
 * curvature); the site treats its ground as level, so the height is taken from the pack, not
 * from the curvature.
 */
export function placeOnGround(
  frame: EnuFrame,
  item: { lng: number; lat: number; heading?: number | undefined; scale?: number | undefined; height?: number | undefined },
): ScenePlacement {
  const [x, , z] = frame.toScene({ lng: item.lng, lat: item.lat });
  return {
    position: [x, item.height ?? 0, z],
    rotationY: headingToRotationY(item.heading ?? 0),
    scale: item.scale ?? 1,
  };
}
