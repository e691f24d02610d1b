import { clampToBounds, type GroundBounds } from '../geo/site-bounds.ts';
import type { CameraPose } from './camera-pose.ts';

/** Held movement, each −1..1: forward (+) / back (−), right (+) / left (−) step, turn right (+)
 * / left (−). Keys, the on-screen arrows and touch all write here. */
export interface WalkInput {
  forward: number;
  strafe: number;
  turn: number;
}

/** A brisk walk: the street's 300 m in about a minute. */
export const WALK_SPEED = 5;
export const TURN_DEGREES_PER_SECOND = 70;
/** One press of an arrow button from the keyboard (no hold): a step or a turn. */
export const STEP_METRES = 2;
export const STEP_TURN_DEGREES = 15;
export const MAX_LOOK_PITCH = 80;

/** Moves a walking pose for `seconds` of held input, kept inside `bounds`. */
export function stepWalk(pose: CameraPose, input: WalkInput, seconds: number, bounds: GroundBounds): CameraPose {
  const heading = (((pose.headingDegrees + input.turn * TURN_DEGREES_PER_SECOND * seconds) % 360) + 360) % 360;
  const h = (heading * Math.PI) / 180;
  const distance = WALK_SPEED * seconds;
  // walking follows the heading only: looking down at a bed must not push you into the ground
  const forward = [Math.sin(h), -Math.cos(h)] as const;
  const right = [Math.cos(h), Math.sin(h)] as const;
  const x = pose.position[0] + (forward[0] * input.forward + right[0] * input.strafe) * distance;
  const z = pose.position[2] + (forward[1] * input.forward + right[1] * input.strafe) * distance;
  const [cx, cz] = clampToBounds(x, z, bounds);
  return { position: [cx, pose.position[1], cz], headingDegrees: heading, pitchDegrees: pose.pitchDegrees };
}

/** Turns the view by a drag: `dx`, `dy` in degrees (right and down positive). */
export function lookBy(pose: CameraPose, dx: number, dy: number): CameraPose {
  const heading = (((pose.headingDegrees + dx) % 360) + 360) % 360;
  const pitch = Math.max(-MAX_LOOK_PITCH, Math.min(MAX_LOOK_PITCH, pose.pitchDegrees - dy));
  return { ...pose, headingDegrees: heading, pitchDegrees: pitch };
}
