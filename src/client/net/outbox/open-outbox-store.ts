import { openIndexedDbOutboxStore } from './indexeddb-outbox-store.ts';
import { MemoryOutboxStore } from './memory-outbox-store.ts';
import type { OutboxStore } from './outbox-store.ts';

// One per page: a retry or a second session screen reuses the open database, and the memory
// fallback keeps its queue across those too.
let opening: Promise<OutboxStore> | null = null;

/** The outbox store of this page: IndexedDB where the browser allows it, else memory. */
export function openOutboxStore(): Promise<OutboxStore> {
  opening ??= openIndexedDbOutboxStore().then((store) => store ?? new MemoryOutboxStore());
  return opening;
}
