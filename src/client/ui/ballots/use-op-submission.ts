import { useCallback, useRef, useState } from 'react';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import type { AppErrorCode } from '../../net/app-error.ts';
import { submitOp } from '../../net/submit-op.ts';

export interface OpSubmission {
  busy: boolean;
  /** why the last change was refused; shown as `errors.<code>` */
  error: AppErrorCode | null;
  /** sends one change; resolves true once the server has committed it */
  send: (body: ClientOpBody) => Promise<boolean>;
  clearError: () => void;
}

/** The busy/refused state around `submitOp`, for buttons and forms that send one change at a
 * time. A second press while the first is under way is ignored, so an impatient double tap on
 * an old phone does not send the change twice; buttons therefore only say aria-disabled while
 * busy (a real `disabled` would throw keyboard focus back to the top of the page). */
export function useOpSubmission(): OpSubmission {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorCode | null>(null);
  // a ref, not the state: two taps can land before React re-renders with busy = true
  const inFlight = useRef(false);
  const send = useCallback(async (body: ClientOpBody) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    const outcome = await submitOp(body);
    inFlight.current = false;
    setBusy(false);
    if (!outcome.ok) setError(outcome.error.code);
    return outcome.ok;
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, send, clearError };
}
