import stringify from 'safe-stable-stringify';
import type { ClientOpBody, CommittedOp } from '../../core/protocol/ops.ts';
import { eraseContent } from '../../core/domain/redact.ts';

/**
 * Whether a resent op is the same one already committed under its opId: same sender, type and
 * payload (key order ignored). When the annotation has since been deleted its stored text was
 * erased, so both sides are compared with their text erased.
 */
export function isSameOp(stored: CommittedOp, actorId: string, incoming: ClientOpBody, targetDeleted: boolean): boolean {
  if (stored.actor.id !== actorId || stored.type !== incoming.type) return false;
  const asCommitted = { ...stored, payload: incoming.payload } as CommittedOp;
  const [a, b] = targetDeleted ? [eraseContent(stored), eraseContent(asCommitted)] : [stored, asCommitted];
  return stringify(a.payload) === stringify(b.payload);
}
