import type { CameraPose } from '../camera/camera-pose.ts';
import { copyPose, dampPose, poseGap } from './pose-smoothing.ts';

/** How closely the follower's camera trails the facilitator's moves: a quarter second. */
export const FOLLOW_SMOOTHING_SECONDS = 0.25;
/** A jump this far (a viewpoint, switching walk ↔ orbit) is flown, not eased. */
export const FOLLOW_FLIGHT_METRES = 30;
export const FOLLOW_FLIGHT_DEGREES = 90;
export const FOLLOW_FLIGHT_SECONDS = 1;
/** Closer than this the camera is left alone: no flight per frame while the presenter rests. */
const SETTLED_METRES = 0.001;
const SETTLED_DEGREES = 0.01;

/** What the follower should do with the camera rig this frame. */
export type FollowStep =
  /** rig.flyTo(pose, undefined, seconds); seconds 0 puts the camera there on this frame */
  | { kind: 'fly'; pose: CameraPose; seconds: number }
  /** nothing to follow yet, or a flight of ours is under way */
  | { kind: 'wait' }
  /** the person took the camera: following ends */
  | { kind: 'stop' };

export interface FollowFrame {
  /** seconds, any steady clock */
  now: number;
  /** since the previous frame */
  seconds: number;
  /** where the camera is now */
  camera: CameraPose;
  /** the facilitator's latest pose in the scene, or null while none is known */
  target: CameraPose | null;
  /** the follower walked, dragged, zoomed or pressed a camera button since the last frame */
  userInput: boolean;
}

/**
 * The camera side of "follow the facilitator", in plain TS. Far jumps are flown with the rig's
 * eased flight; the steady stream of small moves is eased here, frame by frame, and handed to
 * the rig as zero-second flights, so a presenter walking looks like walking, not like a flight
 * restarted five times a second. Any input of the follower's own ends it.
 */
export class FollowCamera {
  /** the pose given to the rig last; eased from, so the rig's orbit look-at never feeds back */
  private shown: CameraPose | null = null;
  private flyingUntil = -Infinity;

  /** Following starts (again) from wherever the camera is. */
  engage(): void {
    this.shown = null;
    this.flyingUntil = -Infinity;
  }

  step(frame: FollowFrame): FollowStep {
    if (frame.userInput) return { kind: 'stop' };
    if (frame.now < this.flyingUntil || !frame.target) return { kind: 'wait' };
    const from = this.shown ?? copyPose(frame.camera);
    const gap = poseGap(from, frame.target);
    if (gap.metres < SETTLED_METRES && gap.degrees < SETTLED_DEGREES) return { kind: 'wait' };
    if (gap.metres > FOLLOW_FLIGHT_METRES || gap.degrees > FOLLOW_FLIGHT_DEGREES) {
      this.shown = copyPose(frame.target);
      this.flyingUntil = frame.now + FOLLOW_FLIGHT_SECONDS;
      return { kind: 'fly', pose: copyPose(frame.target), seconds: FOLLOW_FLIGHT_SECONDS };
    }
    this.shown = dampPose(from, frame.target, frame.seconds, FOLLOW_SMOOTHING_SECONDS);
    return { kind: 'fly', pose: copyPose(this.shown), seconds: 0 };
  }
}
