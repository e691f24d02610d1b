import { useSyncExternalStore } from 'react';

/** The width from which the session shows its sections side by side (laptop, projector) instead
 * of one at a time. Keep equal to the `64rem` media queries in styles.css. */
const WIDE_QUERY = '(min-width: 64rem)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE_QUERY);
  // Safari before 14 (still inside some WeChat versions) only knows addListener
  if (typeof query.addEventListener !== 'function') {
    query.addListener(onChange);
    return () => query.removeListener(onChange);
  }
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isWide = () => window.matchMedia(WIDE_QUERY).matches;

/** True on screens wide enough for columns; follows a rotated tablet or a resized window. */
export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, isWide);
}
