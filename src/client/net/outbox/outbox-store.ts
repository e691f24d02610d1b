import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import type { AppErrorCode } from '../app-error.ts';

/** A change made on this device that the server has not confirmed yet. */
export interface PendingChange {
  opId: string;
  body: ClientOpBody;
  /** device time, ms since epoch */
  createdAt: number;
}

/** A change the server said no to; kept until the person has seen why and dismissed it. */
export interface RefusedChange extends PendingChange {
  /** translated for people under `errors.<code>` */
  code: AppErrorCode;
  refusedAt: number;
}

export interface SavedOutbox {
  /** oldest first: the order the changes were made in, which is the order they are sent in */
  pending: PendingChange[];
  refused: RefusedChange[];
}

/**
 * Where the outbox is kept, one per session code. The queue logic (outbox.ts) decides what to
 * keep and when; an implementation only stores it: IndexedDB, or memory where there is none.
 * Methods may reject (quota, a closed database); the caller then carries on in memory.
 */
export interface OutboxStore {
  /** false when a closed page loses what is stored (the in-memory fallback) */
  readonly persistent: boolean;
  load(sessionCode: string): Promise<SavedOutbox>;
  /** appends at the end of the pending changes */
  add(sessionCode: string, change: PendingChange): Promise<void>;
  remove(sessionCode: string, opId: string): Promise<void>;
  /** takes the change out of the pending ones and keeps it as refused, both or neither */
  moveToRefused(sessionCode: string, change: RefusedChange): Promise<void>;
  dismiss(sessionCode: string, opId: string): Promise<void>;
}
