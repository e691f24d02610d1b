import { useCallback, useEffect, useState } from 'react';
import { ApiError, fetchSites, type RefusedSite, type SiteSummary } from '../../net/api.ts';
import type { AppErrorCode } from '../../net/app-error.ts';

export type SitesState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; sites: SiteSummary[]; refused: RefusedSite[] }
  | { kind: 'failed'; code: AppErrorCode };

/** The server's sites, fetched only once `enabled` (residents who never open the facilitator
 * section never pay for the request). `reload` tries again after a failure. */
export function useSites(enabled: boolean): { state: SitesState; reload: () => void } {
  const [state, setState] = useState<SitesState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    setState({ kind: 'loading' });
    fetchSites(abort.signal).then(
      ({ sites, refused }) => setState({ kind: 'ready', sites, refused }),
      (err: unknown) => {
        if (abort.signal.aborted) return;
        setState({ kind: 'failed', code: err instanceof ApiError ? err.code : 'UNKNOWN' });
      },
    );
    return () => abort.abort();
  }, [enabled, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
