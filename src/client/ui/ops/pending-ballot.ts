import type { Ballot } from '../../../core/protocol/ops.ts';
import type { SessionView } from '../../state/session-view.ts';

/** My latest ballot on a question that is still in the outbox (cast offline, or not yet in the
 * log), or undefined. Shown in place of the one in the log while it waits, so a vote left
 * "queued" is seen as cast; if the server refuses it, it leaves the outbox and the log's ballot
 * shows again, while the refused-changes list says why. Returns the object the outbox holds
 * (never a new one), so it can be a zustand selector. */
export function pendingBallot(view: Pick<SessionView, 'outbox'>, questionId: string): Ballot | undefined {
  // oldest first: the last one is what the question will end up with
  for (let i = view.outbox.length - 1; i >= 0; i--) {
    const body = view.outbox[i]!.body;
    if (body.type === 'ballot.cast' && body.payload.questionId === questionId) return body.payload.ballot;
  }
  return undefined;
}
