import { useCallback, useRef, useState } from 'react';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import { errorCodeOf, type AppErrorCode } from '../../net/app-error.ts';
import { submitOp } from '../../net/submit-op.ts';
import { sessionStore } from '../../state/session-store.ts';

/**
 * sent: the server committed it. refused: it said no (the error says why). queued: no answer
 * yet (offline, or a slow network): the outbox keeps and resends it, the list shows it as
 * "sending…", and a later refusal appears in the outbox's own list of refused changes.
 * ignored: a second tap while the first change was still on its way; nothing was sent.
 */
export type SendResult = 'sent' | 'queued' | 'refused' | 'ignored';

/** How long a form waits for the server's answer before leaving the change to the outbox, so a
 * form never stays stuck on "sending" while a phone is out of coverage. */
const WAIT_FOR_ANSWER_MS = 3000;

export interface AnnotationOp {
  busy: boolean;
  error: AppErrorCode | null;
  send: (body: ClientOpBody) => Promise<SendResult>;
  clearError: () => void;
}

export function useAnnotationOp(): AnnotationOp {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  // a ref, not state: a double tap on an old phone lands twice before React re-renders
  const inFlight = useRef(false);

  const send = useCallback(async (body: ClientOpBody): Promise<SendResult> => {
    if (inFlight.current) return 'ignored';
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const online = sessionStore.getState().status === 'online';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), online ? WAIT_FOR_ANSWER_MS : 0)));
    const waited = await Promise.race([submitOp(body), gaveUp]);
    clearTimeout(timer);
    inFlight.current = false;
    setBusy(false);
    if (waited === null) return 'queued';
    if (!waited.ok) {
      setError(errorCodeOf(waited.error));
      return 'refused';
    }
    return 'sent';
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, send, clearError };
}
