import type { PresenceEntry } from '../../../core/protocol/messages.ts';

// Who "follow the facilitator" follows. Plain functions: the toggle (DOM, session chunk) and
// the camera follower (in the canvas) must agree, so both call these. No three.js here.

/** Facilitators other than me with the 3D twin open now: the ones a participant may follow. */
export function facilitatorsInTwin(presence: Readonly<Record<string, PresenceEntry>>, myConnectionId: string | undefined): PresenceEntry[] {
  return Object.values(presence)
    .filter((p) => p.role === 'facilitator' && p.mode === 'twin' && p.connectionId !== myConnectionId)
    .sort((a, b) => (a.connectionId < b.connectionId ? -1 : a.connectionId > b.connectionId ? 1 : 0));
}

/**
 * The connection to follow among `candidates` (facilitatorsInTwin). Sticky: the one followed
 * now stays while it is in the twin, so two facilitators moving at once never toss the
 * follower between them. Otherwise the one whose pose came last (the one presenting: a
 * facilitator's second device, say a projector, usually rests), else the first in a stable order.
 */
export function chooseFollowTarget(
  current: string | null,
  candidates: readonly PresenceEntry[],
  lastPoseAt: (connectionId: string) => number | undefined,
): string | null {
  if (current !== null && candidates.some((c) => c.connectionId === current)) return current;
  let best: string | null = null;
  let bestAt = -Infinity;
  for (const candidate of candidates) {
    const at = lastPoseAt(candidate.connectionId) ?? -Infinity;
    if (best === null || at > bestAt) {
      best = candidate.connectionId;
      bestAt = at;
    }
  }
  return best;
}

/** Whether this person is offered the follow toggle: not a facilitator (they present), and
 * someone to follow is in the twin, or they are following already (so they can stop). */
export function followOffered(myRole: PresenceEntry['role'] | undefined, facilitatorCount: number, following: boolean): boolean {
  if (myRole === undefined || myRole === 'facilitator') return false;
  return facilitatorCount > 0 || following;
}
