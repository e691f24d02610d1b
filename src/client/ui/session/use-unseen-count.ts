import { useEffect, useMemo, useState } from 'react';
import { unseenCount } from './section-badges.ts';

/**
 * How many of `ids` came since the person last looked (`looking`: their section is on screen).
 * What is there when the screen opens counts as seen: a badge on arrival would say nothing.
 * `ids` must keep its identity while unchanged (memoize it).
 */
export function useUnseenCount(ids: readonly string[], looking: boolean): number {
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set(ids));
  const count = useMemo(() => unseenCount(ids, seen), [ids, seen]);
  useEffect(() => {
    if (looking && count > 0) setSeen((before) => new Set([...before, ...ids]));
  }, [looking, count, ids]);
  return looking ? 0 : count;
}
