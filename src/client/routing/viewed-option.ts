import type { DesignOption } from '../../core/site/schema.ts';

/**
 * The design option a person is looking at in the session, kept in the address
 * (`/j/123456?tab=twin&option=b`) like the tab: a reload or a shared link shows the same option,
 * and the twin, the option list and "follow the presenter" all read and set this one value.
 */
export const OPTION_PARAM = 'option';

/** The option named in a query string, or null when none is. Not checked against the site:
 * the address may outlive an option; `shownOptionId` falls back then. */
export function optionFromSearch(search: string): string | null {
  const named = new URLSearchParams(search).get(OPTION_PARAM);
  return named ? named : null;
}

/** The query string with `option` set, every other parameter kept as it was. */
export function searchWithOption(search: string, optionId: string): string {
  const params = new URLSearchParams(search);
  params.set(OPTION_PARAM, optionId);
  return `?${params.toString()}`;
}

/** The option to show: the requested one when the site has it, else the street as it is
 * (the pack has exactly one), else the first. */
export function shownOptionId(requested: string | null, options: readonly Pick<DesignOption, 'id' | 'existing'>[]): string | undefined {
  if (requested && options.some((o) => o.id === requested)) return requested;
  return (options.find((o) => o.existing) ?? options[0])?.id;
}
