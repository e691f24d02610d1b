/**
 * localStorage / sessionStorage that never throws. Some in-app browsers (WeChat on older iOS,
 * private modes) refuse storage or throw on access; the app must still work, just forgetting
 * more. Reads fall back to null and writes are dropped.
 */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

function wrap(pick: () => Storage): KeyValueStore {
  return {
    get(key) {
      try {
        return pick().getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        pick().setItem(key, value);
      } catch {
        // storage full or refused: forgetting is the accepted fallback
      }
    },
    remove(key) {
      try {
        pick().removeItem(key);
      } catch {
        // see set()
      }
    },
  };
}

export const localStore: KeyValueStore = wrap(() => window.localStorage);
/** sessionStorage: kept for this tab only, across reloads. */
export const tabStore: KeyValueStore = wrap(() => window.sessionStorage);

/** An in-memory store with the same interface, for unit tests in Node. */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get: (key) => map.get(key) ?? null,
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  };
}
