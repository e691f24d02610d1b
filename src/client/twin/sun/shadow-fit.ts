import type { SceneVector } from '../../../core/geo/enu.ts';
import { boundsCenter, type GroundBounds } from '../geo/site-bounds.ts';

/** An orthographic shadow camera for a directional light, in the light's own view space. */
export interface ShadowFit {
  /** where the light sits (scene metres); it looks at `target` */
  position: SceneVector;
  target: SceneVector;
  left: number;
  right: number;
  top: number;
  bottom: number;
  near: number;
  far: number;
}

/** Margin around the site so shadows of things on its edge are not cut. */
const MARGIN_METRES = 10;
/** How far beyond the site a low sun's shadows are still drawn: a longer reach would spread
 * the map's texels too thin on winter mornings. */
const MAX_SHADOW_REACH_METRES = 300;

/**
 * Fits the shadow camera tightly around the site's box (ground to `topHeight`) as seen from
 * the sun, so a 2048² map spends its texels on the street rather than on empty sky: the eight
 * corners of the box are projected onto the light's right/up axes and along its direction.
 */
export function fitShadowCamera(bounds: GroundBounds, topHeight: number, toSun: SceneVector): ShadowFit {
  const [cx, cz] = boundsCenter(bounds);
  const dir = normalise(toSun);
  // The light looks along −dir. The basis must be the one three.js gives the shadow camera
  // (Object3D.lookAt with world Y up; −Z up only when the sun is exactly overhead), or the
  // extents below would be measured along the wrong axes.
  const helper: SceneVector = Math.abs(dir[1]) > 0.99999 ? [0, 0, -1] : [0, 1, 0];
  const right = normalise(cross(helper, dir));
  const up = cross(dir, right);

  const distance = Math.hypot(bounds.maxX - bounds.minX, bounds.maxZ - bounds.minZ, topHeight) + 2 * MARGIN_METRES + MAX_SHADOW_REACH_METRES;
  const position: SceneVector = [cx + dir[0] * distance, dir[1] * distance, cz + dir[2] * distance];

  // Low sun: the tallest things throw shadows far across the ground, away from the sun; the
  // ground they fall on must be inside the box too, or the shadows end in a hard edge.
  const horizontal = Math.hypot(dir[0], dir[2]);
  const reach = horizontal > 1e-6 ? Math.min(MAX_SHADOW_REACH_METRES, (topHeight * horizontal) / Math.max(dir[1], 1e-3)) : 0;
  const shadowX = horizontal > 1e-6 ? (-dir[0] / horizontal) * reach : 0;
  const shadowZ = horizontal > 1e-6 ? (-dir[2] / horizontal) * reach : 0;
  const corners: SceneVector[] = [];
  for (const x of [bounds.minX - MARGIN_METRES, bounds.maxX + MARGIN_METRES]) {
    for (const z of [bounds.minZ - MARGIN_METRES, bounds.maxZ + MARGIN_METRES]) {
      corners.push([x, 0, z], [x, topHeight, z], [x + shadowX, 0, z + shadowZ]);
    }
  }

  let left = Infinity;
  let rightEdge = -Infinity;
  let bottom = Infinity;
  let top = -Infinity;
  let near = Infinity;
  let far = -Infinity;
  for (const [x, y, z] of corners) {
    const rel: SceneVector = [x - position[0], y - position[1], z - position[2]];
    const u = dot(rel, right);
    const v = dot(rel, up);
    const depth = -dot(rel, dir); // distance in front of the light
    left = Math.min(left, u);
    rightEdge = Math.max(rightEdge, u);
    bottom = Math.min(bottom, v);
    top = Math.max(top, v);
    near = Math.min(near, depth);
    far = Math.max(far, depth);
  }
  return { position, target: [cx, 0, cz], left, right: rightEdge, top, bottom, near: Math.max(0.5, near - 1), far: far + 1 };
}

function dot(a: SceneVector, b: SceneVector): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

function cross(a: SceneVector, b: SceneVector): SceneVector {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalise(v: SceneVector): SceneVector {
  const length = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / length, v[1] / length, v[2] / length];
}
