import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route.ts';

// pushState fires no event of its own; this one tells subscribers the path changed.
const NAVIGATED = 'gj:navigate';

function subscribe(onChange: () => void): () => void {
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
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}

/** Goes to an in-app path without reloading, and moves the view to the top of the new screen. */
export function navigate(path: string): void {
  if (path === window.location.pathname + window.location.hash) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATED));
  window.scrollTo(0, 0);
}
