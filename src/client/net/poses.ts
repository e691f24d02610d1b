import type { Mode } from '../../core/protocol/primitives.ts';
import type { Pose } from '../../core/protocol/messages.ts';

/**
 * This tab's camera pose going out, and its presence mode while the 3D view is shown. The rules
 * are plain functions and classes here; the live SessionConnection owns one throttle and one
 * mode keeper and plugs them in with setPoseOutlet, so the twin (a lazy chunk) only ever calls
 * offerPose / setViewingTwin and never sees the socket.
 */

/** 5 a second: half of the server's per-person budget (POSES_PER_SECOND = 10), which the same
 * person's phone and laptop share. */
export const POSE_INTERVAL_MS = 200;
/** Smaller changes are not worth a message: others see a person, not a survey instrument. */
export const POSE_MIN_MOVE_METRES = 0.3;
export const POSE_MIN_TURN_DEGREES = 2;
/**
 * A still pose is repeated this often while the 3D view is shown. Without it a presenter who
 * stops to talk would look gone (avatars fade after 10 s without news, state/poses.ts) and
 * someone who opens the 3D view late would not see anyone standing still.
 */
export const POSE_KEEPALIVE_MS = 4_000;

/** Good enough for a threshold: a degree of latitude is 110.6–111.7 km anywhere on Earth. */
const METRES_PER_DEGREE = 111_320;

/** Horizontal and vertical distance between two poses, metres (flat-Earth, fine at a site). */
export function poseDistanceMetres(a: Pose, b: Pose): number {
  const north = (b.lat - a.lat) * METRES_PER_DEGREE;
  const east = (b.lng - a.lng) * METRES_PER_DEGREE * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(east, north, b.height - a.height);
}

/** The smaller angle between two directions in degrees, 0–180 (359° and 1° are 2° apart). */
export function angleBetweenDegrees(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** Moved more than 0.3 m, turned or tilted more than 2°, or switched option. */
export function poseChangedMeaningfully(before: Pose, after: Pose): boolean {
  return (
    poseDistanceMetres(before, after) > POSE_MIN_MOVE_METRES ||
    angleBetweenDegrees(before.heading, after.heading) > POSE_MIN_TURN_DEGREES ||
    Math.abs(before.pitch - after.pitch) > POSE_MIN_TURN_DEGREES ||
    before.optionId !== after.optionId
  );
}

/**
 * Decides when a pose goes out: at most every POSE_INTERVAL_MS, and then only when it differs
 * meaningfully from the last one sent (or a keepalive is due). It is offered a pose every frame
 * and keeps no timer: when the camera rests, nothing runs and nothing is sent beyond the
 * keepalive; the pose a movement ends on still goes out, on the first frame the interval allows.
 */
export class PoseThrottle {
  private last: { pose: Pose; at: number } | null = null;

  constructor(
    private readonly emit: (pose: Pose) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** `read` runs only when a pose could go out now, so most frames cost one comparison.
   * Returns whether one was sent. */
  offer(read: () => Pose | undefined): boolean {
    const now = this.now();
    const last = this.last;
    if (last && now - last.at < POSE_INTERVAL_MS) return false;
    const pose = read();
    if (!pose) return false;
    if (last && now - last.at < POSE_KEEPALIVE_MS && !poseChangedMeaningfully(last.pose, pose)) return false;
    this.last = { pose, at: now };
    this.emit(pose);
    return true;
  }

  /** After a rejoin or on opening the 3D view: the next pose goes out at once. */
  forget(): void {
    this.last = null;
  }
}

/**
 * This connection's presence mode while the 3D view comes and goes: 'twin' while it is shown,
 * then back to whatever it was before ('map' unless something else set it). Knows what it last
 * asked the server for, so showing the view twice sends one change, not two.
 */
export class TwinModeKeeper {
  private current: Mode = 'map';
  private before: Mode = 'map';

  /** The mode to send with session:join (a rejoin while the 3D view is open says so at once). */
  joinMode(viewingTwin: boolean): Mode {
    return viewingTwin ? 'twin' : this.current === 'twin' ? this.before : this.current;
  }

  /** The join with `mode` succeeded. */
  joined(mode: Mode): void {
    this.current = mode;
  }

  /** The mode to ask for now, or null when the server already has the right one. */
  change(viewingTwin: boolean): Mode | null {
    if (viewingTwin && this.current !== 'twin') {
      this.before = this.current;
      this.current = 'twin';
      return 'twin';
    }
    if (!viewingTwin && this.current === 'twin') {
      this.current = this.before;
      return this.current;
    }
    return null;
  }

  /** The server refused the change to `mode`: it still has the other one. */
  refused(mode: Mode): void {
    if (this.current === mode) this.current = mode === 'twin' ? this.before : 'twin';
  }
}

/** What the live connection plugs in (session-connection.ts). */
export interface PoseOutlet {
  offer(read: () => Pose | undefined): void;
  viewingTwinChanged(): void;
}

let outlet: PoseOutlet | null = null;
let viewingTwin = false;

/** Set by the live session connection while a session is open. */
export function setPoseOutlet(next: PoseOutlet | null): void {
  outlet = next;
}

/** Called every frame while the 3D view is shown; `read` makes the pose only if one can go out. */
export function offerPose(read: () => Pose | undefined): void {
  outlet?.offer(read);
}

/** The 3D view was shown (true) or hidden or closed (false). Kept here, not in the connection,
 * so a connection started later (a retry) still knows. */
export function setViewingTwin(viewing: boolean): void {
  if (viewing === viewingTwin) return;
  viewingTwin = viewing;
  outlet?.viewingTwinChanged();
}

export function isViewingTwin(): boolean {
  return viewingTwin;
}
