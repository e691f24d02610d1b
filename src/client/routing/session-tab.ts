/**
 * The session screen's sections, as phones show them one at a time. The shown one lives in
 * the query (`/j/123456?tab=vote`) so a reload or a shared link opens the same section. Not in
 * the fragment: `#key=` carries the facilitator key there, and the net layer rewrites the
 * address without it on arrival (net/facilitator-key.ts), keeping only path and query.
 */
export const SESSION_TABS = ['facilitate', 'comments', 'twin', 'vote', 'options', 'here'] as const;
export type SessionTab = (typeof SESSION_TABS)[number];

export const TAB_PARAM = 'tab';

function isSessionTab(value: string | null): value is SessionTab {
  return (SESSION_TABS as readonly (string | null)[]).includes(value);
}

/** The tab named in a query string (`?tab=vote`), or null when none or an unknown one is. */
export function tabFromSearch(search: string): SessionTab | null {
  const named = new URLSearchParams(search).get(TAB_PARAM);
  return isSessionTab(named) ? named : null;
}

/** The query string with `tab` set, every other parameter kept as it was. */
export function searchWithTab(search: string, tab: SessionTab): string {
  const params = new URLSearchParams(search);
  params.set(TAB_PARAM, tab);
  return `?${params.toString()}`;
}
