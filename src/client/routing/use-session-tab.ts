import { useCallback, useSyncExternalStore } from 'react';
import { searchWithTab, tabFromSearch, type SessionTab } from './session-tab.ts';
import { replaceQuery, subscribeToAddress } from './use-route.ts';

const currentSearch = () => window.location.search;

/** The tab the address names (null: none, or not one this app knows), and a way to change
 * it that rewrites the address in place. */
export function useSessionTab(): [SessionTab | null, (tab: SessionTab) => void] {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch);
  const setTab = useCallback((tab: SessionTab) => replaceQuery(searchWithTab(window.location.search, tab)), []);
  return [tabFromSearch(search), setTab];
}
