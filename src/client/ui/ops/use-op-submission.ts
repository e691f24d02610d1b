import { useCallback, useState } from 'react';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import type { AppErrorCode } from '../../net/app-error.ts';
import { submitOp } from '../../net/submit-op.ts';
import { sessionStore } from '../../state/session-store.ts';
import { createOpSubmission, type SendResult } from './op-submission.ts';

export type { SendResult } from './op-submission.ts';

export interface OpSubmission {
  /** a change is on its way and its answer is still awaited (at most a few seconds) */
  busy: boolean;
  /** why the last change was refused; shown as `errors.<code>` */
  error: AppErrorCode | null;
  send: (body: ClientOpBody) => Promise<SendResult>;
  clearError: () => void;
}

/** The busy/refused/queued state around `submitOp`, for every form and button that sends one
 * change at a time (annotations, ballots, facilitator controls). Offline it does not wait:
 * the change is left to the outbox at once and the caller says so, instead of a spinner that
 * lasts until the connection comes back. */
export function useOpSubmission(): OpSubmission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  // made once per component, so its in-flight flag spans every render of it
  const [send] = useState(() =>
    createOpSubmission({ submit: submitOp, isOnline: () => sessionStore.getState().status === 'online', setBusy, setError }),
  );
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, send, clearError };
}
