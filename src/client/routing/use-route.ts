import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route.ts';

// pushState fires no event of its own; this one tells subscribers the path changed.
const NAVIGATED = 'gj:navigate';

/** Calls `onChange` whenever the address changes in the app (back/forward, `navigate`,
 * `replaceQuery`); returns the unsubscribe. */
export function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentPath = () => window.location.pathname;

/** The route of the current address; re-renders on back/forward and on `navigate`. */
export function useRoute(): Route {
  const path = useSyncExternalStore(subscribeToAddress, currentPath);
  return parseRoute(path);
}

/** Goes to an in-app path without reloading, and moves the view to the top of the new screen. */
export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.hash) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}

/**
 * Swaps the query string in place: no new history entry (Back leaves the screen rather than
 * stepping through what was looked at on it), no scroll. The fragment is carried over as it is.
 */
export function replaceQuery(search: string): void {
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', pathname + search + hash);
  window.dispatchEvent(new Event(NAVIGATED));
}
