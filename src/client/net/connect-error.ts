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
 * PROTOCOL_MISMATCH comes from the server's handshake middleware with the code in `data`.
 * ORIGIN_NOT_ALLOWED comes from engine.io's allowRequest, before socket.io: a WebSocket upgrade
 * is just closed (indistinguishable from a network error), but a long-polling request gets
 * HTTP 403 with the reason in its body — which is why the socket also tries polling.
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
