import { ERROR_CODES, type ErrorCode } from '../../core/protocol/errors.ts';

/** Problems the client names itself: no server answer at all, or an answer it cannot read. */
export const CLIENT_ERROR_CODES = ['NETWORK', 'UNKNOWN'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** Every error a person may be shown; each has a message under `errors.<code>` in every locale. */
export type AppErrorCode = ErrorCode | ClientErrorCode;

export function isProtocolErrorCode(value: unknown): value is ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(value);
}

/** Reads the code out of whatever a server sent as an error; anything unrecognised is UNKNOWN. */
export function errorCodeOf(error: unknown): AppErrorCode {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return isProtocolErrorCode(code) ? code : 'UNKNOWN';
}
