import { useEffect } from 'react';
import { localStore } from '../browser/safe-storage.ts';
import { sessionStore } from '../state/session-store.ts';
import { DISPLAY_NAME_KEY } from './display-name.ts';
import { takeFacilitatorKey } from './facilitator-key.ts';
import { SessionConnection, type JoinIntent } from './session-connection.ts';

/** How the person asked to join (from the landing page; see routing/join-choice.ts). */
export interface JoinOptions {
  role?: JoinIntent['role'];
  /** no name given on purpose: ask the server to drop any name it kept */
  clearName?: boolean;
}

/** Keeps one live connection to session `code` while the calling screen is shown. `attempt`
 * changes when the person asks to try again after a refusal: a fresh connection then starts. */
export function useSessionConnection(code: string, attempt: number, { role, clearName = false }: JoinOptions = {}): void {
  useEffect(() => {
    const name = localStore.get(DISPLAY_NAME_KEY) ?? (clearName ? null : undefined);
    const connection = new SessionConnection({ code, facilitatorKey: takeFacilitatorKey(code), name, role }, sessionStore);
    connection.start();
    return () => connection.stop();
  }, [code, attempt, role, clearName]);
}
