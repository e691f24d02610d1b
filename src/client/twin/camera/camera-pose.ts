import type { EnuFrame, SceneVector } from '../../../core/geo/enu.ts';
import type { Viewpoint } from '../../../core/site/scene-schema.ts';
import { placeOnGround } from '../geo/placement.ts';

/** A camera standing somewhere and looking somewhere: heading degrees clockwise from north,
 * pitch degrees up. The same terms as the pack's viewpoints and as presence poses. */
export interface CameraPose {
  position: SceneVector;
  headingDegrees: number;
  pitchDegrees: number;
}

/** Eye height of a person standing on the street, metres. */
export const EYE_HEIGHT = 1.6;
/** A viewpoint higher than this is an overview (orbit camera), lower is a person (walk). */
export const WALK_VIEWPOINT_MAX_HEIGHT = 3;

const RAD = Math.PI / 180;

export function viewpointPose(frame: EnuFrame, viewpoint: Viewpoint): CameraPose {
  const { position } = placeOnGround(frame, { ...viewpoint, height: viewpoint.height });
  return { position, headingDegrees: viewpoint.heading, pitchDegrees: viewpoint.pitch };
}

/** Unit vector the camera looks along, scene frame. */
export function poseForward(pose: Pick<CameraPose, 'headingDegrees' | 'pitchDegrees'>): SceneVector {
  const h = pose.headingDegrees * RAD;
  const p = pose.pitchDegrees * RAD;
  return [Math.sin(h) * Math.cos(p), Math.sin(p), -Math.cos(h) * Math.cos(p)];
}

/** Heading and pitch of a look direction (the inverse of poseForward). */
export function headingPitchOf(forward: SceneVector): { headingDegrees: number; pitchDegrees: number } {
  const [x, y, z] = forward;
  const horizontal = Math.hypot(x, z);
  const heading = horizontal < 1e-9 ? 0 : Math.atan2(x, -z) / RAD;
  return { headingDegrees: (heading + 360) % 360, pitchDegrees: Math.atan2(y, horizontal) / RAD };
}

/** Euler angles (order YXZ) that turn a three.js camera, which looks down −Z, to the pose. */
export function poseEuler(pose: Pick<CameraPose, 'headingDegrees' | 'pitchDegrees'>): [number, number, number] {
  return [pose.pitchDegrees * RAD, -pose.headingDegrees * RAD, 0];
}

/** Where the view from `pose` meets the ground, or a point `fallback` metres ahead on the
 * ground when it looks level or up: what an orbit camera should circle around. */
export function groundFocus(pose: CameraPose, fallback = 40): SceneVector {
  const [fx, fy, fz] = poseForward(pose);
  const [x, y, z] = pose.position;
  const distance = fy < -0.05 ? Math.min(y / -fy, 400) : fallback;
  return [x + fx * distance, 0, z + fz * distance];
}
