/** Every error the server answers with. Codes are stable API; messages are for developers
 * (clients translate codes for people). */
export const ERROR_CODES = [
  'PROTOCOL_MISMATCH', // handshake protocolVersion differs from the server's
  'ORIGIN_NOT_ALLOWED', // browser Origin not in the allowlist
  'BAD_REQUEST', // payload failed schema validation (details list the paths)
  'UNKNOWN_EVENT', // event name the server does not handle
  'NOT_JOINED', // event needs a joined session first
  'INVALID_CODE', // join code or facilitator key wrong
  'TOO_MANY_ATTEMPTS', // join-code guessing limit reached
  'RATE_LIMITED', // per-participant rate limit; retryAfterMs says when to retry
  'FORBIDDEN', // role may not do this (observer writing, participant moderating, not the author)
  'NOT_FOUND', // target annotation / question / session does not exist
  'CONFLICT', // opId already used with a different payload, or id already taken
  'SESSION_CLOSED', // the session is closed: read-only
  'QUESTION_CLOSED', // the question does not take ballots now
  'INVALID_BALLOT', // ballot does not fit its question (unknown choice, over budget)
  'INVALID_STATE', // e.g. editing a deleted annotation, replying to a reply
  'UNAUTHORIZED', // REST: admin token missing or wrong
  'SITE_UNAVAILABLE', // the site's pack was refused when the server started; details list its problems
  'INTERNAL', // server fault; nothing was changed
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface ProtocolError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
  retryAfterMs?: number;
}

export type Ack<T> = ({ ok: true } & T) | { ok: false; error: ProtocolError };

export function protocolError(code: ErrorCode, message: string, extra?: Partial<ProtocolError>): ProtocolError {
  return { code, message, ...extra };
}
