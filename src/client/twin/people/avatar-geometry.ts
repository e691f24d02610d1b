import { BufferGeometry, CapsuleGeometry, ConeGeometry, SphereGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** Sizes at life size (scale 1), metres. */
export const HEAD_RADIUS = 0.22;
export const VIEW_CONE_LENGTH = 0.9;
export const BODY_RADIUS = 0.26;
/** The body capsule stands from the ground to just under the head at a 1.6 m eye height. */
export const BODY_HEIGHT = 1.32;

/**
 * A head with a cone opening the way the person looks: the apex at the eye, the wide end
 * VIEW_CONE_LENGTH ahead along −Z (where a three.js camera looks), so one rotation by the
 * pose's heading and pitch points it. One geometry, so all heads are one instanced draw.
 */
export function headGeometry(): BufferGeometry {
  const head = new SphereGeometry(HEAD_RADIUS, 16, 12);
  const cone = new ConeGeometry(0.34, VIEW_CONE_LENGTH, 20, 1);
  // ConeGeometry points its apex up +Y: turn it to point back (+Z), then slide the apex to the eye
  cone.rotateX(Math.PI / 2);
  cone.translate(0, 0, -VIEW_CONE_LENGTH / 2);
  const merged = mergeGeometries([head, cone]);
  head.dispose();
  cone.dispose();
  if (!merged) throw new Error('head and view cone geometries do not merge');
  return merged;
}

/** A standing body from y = 0 to BODY_HEIGHT; stretched thin, the pole under a high camera. */
export function bodyGeometry(): BufferGeometry {
  const body = new CapsuleGeometry(BODY_RADIUS, BODY_HEIGHT - 2 * BODY_RADIUS, 6, 14);
  body.translate(0, BODY_HEIGHT / 2, 0);
  return body;
}
