import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import { errorCodeOf, type AppErrorCode } from '../../net/app-error.ts';
import type { OpOutcome } from '../../net/submit-op.ts';

/**
 * sent: the server committed it. refused: it said no (the error says why). queued: no answer
 * yet (offline, or a slow network): the outbox keeps and resends it, and a later refusal
 * appears in the outbox's own list of refused changes (RefusedChanges.tsx), so the caller
 * treats it as done and says it will be sent later. ignored: a second tap while the first
 * change was still on its way; nothing was sent.
 */
export type SendResult = 'sent' | 'queued' | 'refused' | 'ignored';

/** How long a form waits for the server's answer while online before leaving the change to the
 * outbox, so a form never stays stuck on "sending" while a phone drifts out of coverage. */
export const WAIT_FOR_ANSWER_MS = 3000;

export interface OpSubmissionDeps {
  /** `submitOp` in the app; its promise may only settle after a reconnect */
  submit: (body: ClientOpBody) => Promise<OpOutcome>;
  /** read at each send: offline there is no answer to wait for, so none is waited for */
  isOnline: () => boolean;
  setBusy: (busy: boolean) => void;
  setError: (error: AppErrorCode | null) => void;
  waitMs?: number;
}

/** One form's or button's way of sending changes one at a time (a plain function, so that the
 * waiting rules are tested without a React renderer; `useOpSubmission` wraps it). */
export function createOpSubmission(deps: OpSubmissionDeps): (body: ClientOpBody) => Promise<SendResult> {
  const waitMs = deps.waitMs ?? WAIT_FOR_ANSWER_MS;
  // a plain flag, not React state: a double tap on an old phone lands twice before a re-render
  let inFlight = false;

  return async (body) => {
    if (inFlight) return 'ignored';
    inFlight = true;
    deps.setBusy(true);
    deps.setError(null);
    let answer: OpOutcome | null;
    try {
      answer = await answerWithin(deps.submit(body), deps.isOnline() ? waitMs : 0);
    } finally {
      // submitOp never rejects, but a stuck "busy" would lock the form for good if it did
      inFlight = false;
      deps.setBusy(false);
    }
    if (answer === null) return 'queued';
    if (!answer.ok) {
      // the server may know codes this client does not: those read as UNKNOWN, never untranslated
      deps.setError(errorCodeOf(answer.error));
      return 'refused';
    }
    return 'sent';
  };
}

/** The outcome, or null if it has not come within `ms`. With 0, an outcome that is already
 * there (e.g. NOT_JOINED, answered at once) still wins: it settles before a 0 ms timer fires. */
async function answerWithin(outcome: Promise<OpOutcome>, ms: number): Promise<OpOutcome | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([outcome, gaveUp]);
  } finally {
    clearTimeout(timer);
  }
}
