import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxStore, PendingChange, RefusedChange, SavedOutbox } from './outbox-store.ts';

/** Database name; the e2e suite opens it to look inside. */
export const OUTBOX_DB_NAME = 'gongjian-outbox';
const OUTBOX_DB_VERSION = 1;
/** Some old WebViews never answer `indexedDB.open`: after this long the page goes on in memory. */
const OPEN_TIMEOUT_MS = 3000;

interface OutboxDb extends DBSchema {
  // keyed by an auto-incremented `order`: the browser's own counter keeps creation order even
  // when the device clock jumps back between two reloads (createdAt and UUIDv7 would not)
  pending: {
    key: number;
    value: PendingChange & { sessionCode: string; order?: number };
    indexes: { bySession: string; byOpId: string };
  };
  refused: { key: string; value: RefusedChange & { sessionCode: string }; indexes: { bySession: string } };
}

/** The outbox in IndexedDB: one record per change, so two tabs of one session never overwrite
 * each other's changes (both resend; the server's opId check keeps it exactly once). */
export class IndexedDbOutboxStore implements OutboxStore {
  readonly persistent = true;

  constructor(private readonly db: IDBPDatabase<OutboxDb>) {}

  async load(sessionCode: string): Promise<SavedOutbox> {
    const tx = this.db.transaction(['pending', 'refused']);
    const [pending, refused] = await Promise.all([
      tx.objectStore('pending').index('bySession').getAll(sessionCode), // ordered by `order` within a session
      tx.objectStore('refused').index('bySession').getAll(sessionCode),
    ]);
    return {
      pending: pending.map(({ opId, body, createdAt }) => ({ opId, body, createdAt })),
      refused: refused
        .map(({ opId, body, createdAt, code, refusedAt }) => ({ opId, body, createdAt, code, refusedAt }))
        .sort((a, b) => a.refusedAt - b.refusedAt),
    };
  }

  async add(sessionCode: string, change: PendingChange): Promise<void> {
    await this.db.add('pending', { ...change, sessionCode });
  }

  async remove(_sessionCode: string, opId: string): Promise<void> {
    const tx = this.db.transaction('pending', 'readwrite');
    const key = await tx.store.index('byOpId').getKey(opId);
    if (key !== undefined) await tx.store.delete(key);
    await tx.done;
  }

  async moveToRefused(sessionCode: string, change: RefusedChange): Promise<void> {
    const tx = this.db.transaction(['pending', 'refused'], 'readwrite');
    const pending = tx.objectStore('pending');
    const key = await pending.index('byOpId').getKey(change.opId);
    if (key !== undefined) await pending.delete(key);
    await tx.objectStore('refused').put({ ...change, sessionCode });
    await tx.done;
  }

  async dismiss(_sessionCode: string, opId: string): Promise<void> {
    await this.db.delete('refused', opId);
  }
}

/** Opens the outbox database, or null where IndexedDB is missing, refused or stuck. */
export async function openIndexedDbOutboxStore(): Promise<IndexedDbOutboxStore | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const opening = openDB<OutboxDb>(OUTBOX_DB_NAME, OUTBOX_DB_VERSION, {
      upgrade(db) {
        const pending = db.createObjectStore('pending', { keyPath: 'order', autoIncrement: true });
        pending.createIndex('bySession', 'sessionCode');
        pending.createIndex('byOpId', 'opId', { unique: true });
        db.createObjectStore('refused', { keyPath: 'opId' }).createIndex('bySession', 'sessionCode');
      },
      // a newer version of the app wants to upgrade: let it; this page's writes then fail and
      // the outbox carries on in memory
      blocking() {
        void opening.then((db) => db.close());
      },
    });
    opening.catch(() => undefined); // when the timeout wins, a late failure is nobody's concern
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB open timed out')), OPEN_TIMEOUT_MS));
    return new IndexedDbOutboxStore(await Promise.race([opening, timeout]));
  } catch (err) {
    console.warn('outbox: IndexedDB unavailable, keeping changes in memory:', err);
    return null;
  }
}
