import type { CameraPose } from '../camera/camera-pose.ts';

/**
 * Easing a shown pose towards the latest one received. Poses arrive about 5 times a second;
 * drawn as they come, people would jump in steps. Exponential damping follows each new target
 * from wherever the shown pose is, so it never stops dead between updates and needs no history.
 */

/** The signed smaller turn from one heading to another, degrees in (−180, 180]. */
export function turnBetween(fromDegrees: number, toDegrees: number): number {
  const d = (((toDegrees - fromDegrees) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

/** Distance in metres and the larger of the turn and tilt in degrees between two poses. */
export function poseGap(a: CameraPose, b: CameraPose): { metres: number; degrees: number } {
  const [ax, ay, az] = a.position;
  const [bx, by, bz] = b.position;
  return {
    metres: Math.hypot(bx - ax, by - ay, bz - az),
    degrees: Math.max(Math.abs(turnBetween(a.headingDegrees, b.headingDegrees)), Math.abs(b.pitchDegrees - a.pitchDegrees)),
  };
}

/**
 * Moves `shown` (in place: this runs every frame for every person) towards `target`, covering
 * 1 − e^(−seconds / timeConstant) of the gap. Returns `shown`.
 */
export function dampPose(shown: CameraPose, target: CameraPose, seconds: number, timeConstant: number): CameraPose {
  const k = timeConstant > 0 ? 1 - Math.exp(-seconds / timeConstant) : 1;
  const p = shown.position;
  const t = target.position;
  p[0] += (t[0] - p[0]) * k;
  p[1] += (t[1] - p[1]) * k;
  p[2] += (t[2] - p[2]) * k;
  const heading = shown.headingDegrees + turnBetween(shown.headingDegrees, target.headingDegrees) * k;
  shown.headingDegrees = ((heading % 360) + 360) % 360;
  shown.pitchDegrees += (target.pitchDegrees - shown.pitchDegrees) * k;
  return shown;
}

/** A copy that dampPose may change without touching the original. */
export function copyPose(pose: CameraPose): CameraPose {
  return { position: [pose.position[0], pose.position[1], pose.position[2]], headingDegrees: pose.headingDegrees, pitchDegrees: pose.pitchDegrees };
}
