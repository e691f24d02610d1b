import { tabStore, type KeyValueStore } from '../browser/safe-storage.ts';

const storageKey = (code: string) => `gj.facilitatorKey.${code}`;

interface AddressBar {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The facilitator key of `code`, from a facilitator link (`/j/123456#key=…`) or from earlier in
 * this tab. Browsers never send the fragment to servers; the key then goes only into the socket
 * join payload. It is moved out of the address bar into sessionStorage so that the laptop that
 * runs the hearing can be put on the projector without showing the key, and a reload in the
 * same tab still works.
 */
export function takeFacilitatorKey(
  code: string,
  bar: AddressBar = window,
  store: KeyValueStore = tabStore,
): string | undefined {
  const fromLink = new URLSearchParams(bar.location.hash.replace(/^#/, '')).get('key');
  if (fromLink) {
    store.set(storageKey(code), fromLink);
    bar.history.replaceState(bar.history.state, '', bar.location.pathname + bar.location.search);
  }
  return store.get(storageKey(code)) ?? undefined;
}

/** Drops a key the server refused, so this tab stops presenting it. */
export function forgetFacilitatorKey(code: string, store: KeyValueStore = tabStore): void {
  store.remove(storageKey(code));
}
