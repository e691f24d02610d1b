import type { Language } from '../../i18n/messages.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type RelativeTime =
  | { kind: 'justNow' }
  | { kind: 'ago'; value: number; unit: 'minute' | 'hour' | 'day' }
  | { kind: 'date' };

/**
 * How long ago `then` was, in the unit people would say. Under a minute (or in the future,
 * when this phone's clock runs behind the server's) is "just now"; a week or more gives a date.
 */
export function relativeTime(then: number, now: number): RelativeTime {
  const elapsed = now - then;
  if (elapsed < MINUTE) return { kind: 'justNow' };
  if (elapsed < HOUR) return { kind: 'ago', value: Math.floor(elapsed / MINUTE), unit: 'minute' };
  if (elapsed < DAY) return { kind: 'ago', value: Math.floor(elapsed / HOUR), unit: 'hour' };
  if (elapsed < 7 * DAY) return { kind: 'ago', value: Math.floor(elapsed / DAY), unit: 'day' };
  return { kind: 'date' };
}

/** "5分钟前" / "5 minutes ago", "昨天" / "yesterday", or the date in the site's time zone.
 * `justNow` is the app's own wording (Intl would say "现在" / "now"). */
export function formatRelativeTime(then: number, now: number, language: Language, timeZone: string, justNow: string): string {
  const relative = relativeTime(then, now);
  if (relative.kind === 'justNow') return justNow;
  try {
    if (relative.kind === 'ago') {
      return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(-relative.value, relative.unit);
    }
    return new Intl.DateTimeFormat(language, { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(then);
  } catch {
    // an old WebView without Intl.RelativeTimeFormat still shows when it was
    return new Date(then).toLocaleDateString();
  }
}
