import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** How many comments the list shows at first, and adds per "show more". */
export const LIST_PAGE_SIZE = 50;

/**
 * The first page of a long list, growing by a page at a time. A hearing that has gathered
 * thousands of comments must not put thousands of cards in a phone's page (10,000 took 210,000
 * DOM nodes and 240 MB): the newest are shown, the rest are a tap away. Back to one page when
 * `resetKey` changes (another filter). After "show more", focus moves to the first card added,
 * so keyboard and screen reader users carry on reading where the list grew.
 */
export function useListPage(total: number, resetKey: unknown): { shown: number; more: () => void; firstAddedRef: RefObject<HTMLLIElement | null>; firstAdded: number | null } {
  const [shown, setShown] = useState(LIST_PAGE_SIZE);
  const [firstAdded, setFirstAdded] = useState<number | null>(null);
  const firstAddedRef = useRef<HTMLLIElement | null>(null);

  useEffect(() => {
    setShown(LIST_PAGE_SIZE);
    setFirstAdded(null);
  }, [resetKey]);

  useLayoutEffect(() => {
    if (firstAdded !== null) firstAddedRef.current?.focus();
  }, [firstAdded]);

  const more = () => {
    setFirstAdded(shown);
    setShown((n) => n + LIST_PAGE_SIZE);
  };
  return { shown: Math.min(shown, total), more, firstAddedRef, firstAdded };
}
