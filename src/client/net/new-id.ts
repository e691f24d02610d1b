import { v7 as uuidv7 } from 'uuid';

/**
 * A new UUIDv7 for an opId or an annotation id. Not `crypto.randomUUID()`: browsers expose it
 * only in secure contexts, and a hearing's laptop server is often reached over plain http on
 * the LAN. uuid uses `crypto.getRandomValues`, which every context has; v7 also sorts by time.
 */
export function newId(): string {
  return uuidv7();
}
