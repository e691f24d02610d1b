import type { SiteState } from '../../core/domain/state.ts';
import type { Tally } from '../../core/domain/tally.ts';
import type { JoinResult, PresenceEntry, SessionInfo } from '../../core/protocol/messages.ts';
import type { SitePack } from '../../core/site/schema.ts';
import type { AppErrorCode } from '../net/app-error.ts';
import type { PendingChange, RefusedChange } from '../net/outbox/outbox-store.ts';

/**
 * online: joined and live. connecting: first attempt. reconnecting: was live, connection lost,
 * retrying. offline: the device itself reports no network. stopped: refused for good (the
 * problem says why); only a retry or a reload starts again.
 */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'stopped';

export interface SessionProblem {
  code: AppErrorCode;
  /** fatal: the connection stopped and only a retry or a reload can help */
  fatal: boolean;
}

export interface JoinedSession {
  you: JoinResult['you'];
  session: SessionInfo;
  site: SitePack;
}

/** Everything the session screen shows, in one store, so views are thin selectors of it. */
export interface SessionView {
  status: ConnectionStatus;
  /** this tab tried to join with a facilitator key */
  asFacilitator: boolean;
  problem: SessionProblem | null;
  /** set once a join succeeded; kept through reconnects */
  joined: JoinedSession | null;
  /** the site's community map folded from its op log (as this viewer may see it) */
  log: SiteState | null;
  /** by connectionId: one person with a phone and a laptop is two connections */
  presence: Record<string, PresenceEntry>;
  /** by questionId: only the tallies this viewer may see */
  tallies: Record<string, Tally>;
  /** changes made on this device the server has not confirmed yet, oldest first */
  outbox: PendingChange[];
  /** changes the server refused, until the person dismisses them */
  refused: RefusedChange[];
  /** false when the outbox is in memory only (no IndexedDB here): closing the page loses it */
  outboxPersistent: boolean;
}

export const initialSessionView: SessionView = {
  status: 'connecting',
  asFacilitator: false,
  problem: null,
  joined: null,
  log: null,
  presence: {},
  tallies: {},
  outbox: [],
  refused: [],
  outboxPersistent: true,
};
