import type { ErrorCode } from '../../core/protocol/errors.ts';
import { isProtocolErrorCode } from './app-error.ts';

/** What socket.io-client hands to `connect_error`: an Error, maybe with server data (middleware
 * refusals) or transport details (HTTP status and the XHR of a refused long-polling request). */
interface ConnectErrorLike {
  message?: unknown;
  data?: unknown;
  description?: unknown;
  context?: unknown;
}

function responseText(context: unknown): string {
  try {
    const text = (context as { responseText?: unknown } | null)?.responseText;
    return typeof text === 'string' ? text : '';
  } catch {
    return ''; // some XHR response types throw on reading responseText
  }
}

/**
 * The refusal behind a connect error when retrying cannot help (the person must reload or use
 * another address), or null for a network problem that reconnecting may fix.
 *
 * The server's handshake middleware refuses with a typed ProtocolError in `data`
 * (PROTOCOL_MISMATCH, ORIGIN_NOT_ALLOWED). A refusal made earlier, at engine.io level
 * (`allowRequest`), carries no data: over long-polling it is an HTTP 403 whose body names the
 * reason (readable on same-origin pages), over WebSocket it looks like any network error.
 */
export function fatalConnectError(error: unknown): ErrorCode | null {
  const e = (error ?? {}) as ConnectErrorLike;
  const dataCode = (e.data as { code?: unknown } | null | undefined)?.code;
  if (isProtocolErrorCode(dataCode)) return dataCode;
  if (e.message === 'PROTOCOL_MISMATCH') return 'PROTOCOL_MISMATCH';
  if (e.message === 'ORIGIN_NOT_ALLOWED' || e.description === 403 || responseText(e.context).includes('ORIGIN_NOT_ALLOWED')) {
    return 'ORIGIN_NOT_ALLOWED';
  }
  return null;
}
