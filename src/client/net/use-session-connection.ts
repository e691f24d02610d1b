import { useEffect } from 'react';
import { localStore } from '../browser/safe-storage.ts';
import { sessionStore } from '../state/session-store.ts';
import { DISPLAY_NAME_KEY } from './display-name.ts';
import { takeFacilitatorKey } from './facilitator-key.ts';
import { SessionConnection } from './session-connection.ts';

/** Keeps one live connection to session `code` while the calling screen is shown. `attempt`
 * changes when the person asks to try again after a refusal: a fresh connection then starts. */
export function useSessionConnection(code: string, attempt: number): void {
  useEffect(() => {
    const connection = new SessionConnection(
      { code, facilitatorKey: takeFacilitatorKey(code), name: localStore.get(DISPLAY_NAME_KEY) ?? undefined },
      sessionStore,
    );
    connection.start();
    return () => connection.stop();
  }, [code, attempt]);
}
