import type { ProtocolError } from '../../core/protocol/errors.ts';
import type { ClientOpBody } from '../../core/protocol/ops.ts';

/** What became of a submitted change: committed with its seq, or refused by the server. */
export type OpOutcome = { ok: true; seq: number } | { ok: false; error: ProtocolError };

/** Sends one change of the current session through the outbox: stored on the device first,
 * resent after reconnects and reloads, applied exactly once. The promise settles when the server
 * has answered (which may be after a reconnect); it never rejects. A change still queued when
 * the page closes has no promise left: the next page sends it. A refusal also shows in the
 * refused-changes list (RefusedChanges.tsx), so a view need not show its own message for it. */
export type SubmitOp = (body: ClientOpBody) => Promise<OpOutcome>;

let current: SubmitOp | null = null;

/** Set by the live session connection while a session is open. */
export function setSubmitOp(fn: SubmitOp | null): void {
  current = fn;
}

/** The one way views change anything: `submitOp({ type: 'annotation.create', payload })`. */
export function submitOp(body: ClientOpBody): Promise<OpOutcome> {
  if (!current) return Promise.resolve({ ok: false, error: { code: 'NOT_JOINED', message: 'no session is open' } });
  return current(body);
}
