import { localStore } from '../browser/safe-storage.ts';
import { codePointLength } from '../../core/text/code-points.ts';

/** localStorage key of the optional name the person gave on the landing page (only on this
 * browser; it reaches the server in the join request). */
export const DISPLAY_NAME_KEY = 'gj.displayName';

/** Mirrors MAX_NAME_CODE_POINTS in core/protocol/primitives.ts, which the client does not import
 * because that module pulls zod into the bundle; display-name.test.ts keeps the two equal. */
export const MAX_NAME_LENGTH = 40;

/** The name to send, or undefined for anonymous: blank means anonymous, long is cut to fit. */
export function cleanDisplayName(raw: string): string | undefined {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  if (!trimmed) return undefined;
  return codePointLength(trimmed) <= MAX_NAME_LENGTH ? trimmed : [...trimmed].slice(0, MAX_NAME_LENGTH).join('').trim();
}

export function rememberDisplayName(raw: string): void {
  const name = cleanDisplayName(raw);
  if (name) localStore.set(DISPLAY_NAME_KEY, name);
  else localStore.remove(DISPLAY_NAME_KEY);
}
