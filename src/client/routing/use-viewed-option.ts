import { useCallback, useSyncExternalStore } from 'react';
import type { DesignOption } from '../../core/site/schema.ts';
import { replaceQuery, subscribeToAddress } from './use-route.ts';
import { optionFromSearch, searchWithOption, shownOptionId } from './viewed-option.ts';

const currentSearch = () => window.location.search;

/** The option shown in the session (from the address, checked against the site's options) and
 * a way to change it that rewrites the address in place — no history entry per switch. */
export function useViewedOption(options: readonly DesignOption[]): [string | undefined, (optionId: string) => void] {
  const search = useSyncExternalStore(subscribeToAddress, currentSearch);
  const setOption = useCallback((optionId: string) => replaceQuery(searchWithOption(window.location.search, optionId)), []);
  return [shownOptionId(optionFromSearch(search), options), setOption];
}

/** Sets the viewed option from outside React (e.g. "follow the presenter" in the net layer). */
export function setViewedOption(optionId: string): void {
  replaceQuery(searchWithOption(window.location.search, optionId));
}
