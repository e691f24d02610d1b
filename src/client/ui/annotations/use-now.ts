import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs`: keeps "5 minutes ago" true while the list is
 * open, with one timer per list rather than one per item. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
