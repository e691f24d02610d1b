import type { Pose } from '../../core/protocol/messages.ts';

/**
 * Other people's latest camera poses, by connection: written by the network layer on every
 * `pose:update` (up to ~10 a second per person), read by the 3D scene in useFrame. Deliberately
 * not a zustand store: nothing re-renders per pose. Presence (session-store) says who is here;
 * this only says where they look.
 */

export interface ReceivedPose {
  pose: Pose;
  /** the reader's clock (performance.now() in the browser), milliseconds */
  receivedAt: number;
}

/** A person still present whose poses stopped this long ago is drawn faded: their view is
 * closed, hidden, or their connection stalled (a looking person repeats a still pose every few
 * seconds, net/poses.ts). */
export const POSE_FADE_AFTER_MS = 10_000;
/** How long the fade itself takes. */
export const POSE_FADE_MS = 2_000;

export class PoseBook {
  private readonly byConnection = new Map<string, ReceivedPose>();
  private lastMoved = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => performance.now()) {}

  receive(connectionId: string, pose: Pose): void {
    const previous = this.byConnection.get(connectionId)?.pose;
    const receivedAt = this.now();
    if (!previous || !samePose(previous, pose)) this.lastMoved = receivedAt;
    this.byConnection.set(connectionId, { pose, receivedAt });
  }

  /** When someone's pose last differed from their one before (a still person's repeated pose
   * does not count): the 3D view draws at full rate for a moment after, to ease avatars there. */
  get lastMovedAt(): number {
    return this.lastMoved;
  }

  get(connectionId: string): ReceivedPose | undefined {
    return this.byConnection.get(connectionId);
  }

  /** The connection left, or stopped looking at the site in 3D. */
  forget(connectionId: string): void {
    this.byConnection.delete(connectionId);
  }

  /** Keeps only the connections still present (after a rejoin's fresh presence list). */
  retainOnly(connectionIds: ReadonlySet<string>): void {
    for (const id of this.byConnection.keys()) if (!connectionIds.has(id)) this.byConnection.delete(id);
  }

  clear(): void {
    this.byConnection.clear();
  }

  get size(): number {
    return this.byConnection.size;
  }

  /** 1 while fresh, falling to 0 from POSE_FADE_AFTER_MS over POSE_FADE_MS; 0 when unknown. */
  freshness(connectionId: string, now: number = this.now()): number {
    const entry = this.byConnection.get(connectionId);
    return entry ? poseFreshness(entry.receivedAt, now) : 0;
  }
}

function samePose(a: Pose, b: Pose): boolean {
  return a.lng === b.lng && a.lat === b.lat && a.height === b.height && a.heading === b.heading && a.pitch === b.pitch && a.optionId === b.optionId;
}

export function poseFreshness(receivedAt: number, now: number): number {
  const age = now - receivedAt;
  if (age <= POSE_FADE_AFTER_MS) return 1;
  return Math.max(0, 1 - (age - POSE_FADE_AFTER_MS) / POSE_FADE_MS);
}

/** One tab, one session: the book the connection writes and the scene reads. */
export const receivedPoses = new PoseBook();
