import type { AppErrorCode } from '../app-error.ts';

/** Answers that mean "not now" rather than "no": the same op (same opId) is sent again later.
 * Every other refusal is final for that op (protocol.md §14). */
const TRANSIENT: ReadonlySet<AppErrorCode> = new Set(['RATE_LIMITED', 'INTERNAL', 'NOT_JOINED']);

export function isTransient(code: AppErrorCode): boolean {
  return TRANSIENT.has(code);
}

/** When RATE_LIMITED comes without retryAfterMs (the server always sends it; be safe anyway). */
export const RATE_LIMITED_DEFAULT_WAIT_MS = 1000;

const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

/**
 * Wait before the next try after `failures` failed ones in a row (no answer, INTERNAL):
 * 1 s, 2 s, 4 s … up to 30 s, each spread ±25 % so that a room full of phones does not hit a
 * restarted server in the same instant.
 */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}
