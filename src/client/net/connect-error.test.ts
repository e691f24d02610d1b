import { describe, expect, it } from 'vitest';
import { fatalConnectError } from './connect-error.ts';

describe('fatalConnectError', () => {
  it('recognises the handshake middleware refusing the protocol version', () => {
    const err = Object.assign(new Error('PROTOCOL_MISMATCH'), { data: { code: 'PROTOCOL_MISMATCH', message: 'reload' } });
    expect(fatalConnectError(err)).toBe('PROTOCOL_MISMATCH');
  });

  it('recognises a refused Origin from the long-polling 403 answer', () => {
    const xhr = { responseText: '{"code":4,"message":"ORIGIN_NOT_ALLOWED"}' };
    const err = Object.assign(new Error('xhr poll error'), { description: 403, context: xhr });
    expect(fatalConnectError(err)).toBe('ORIGIN_NOT_ALLOWED');
  });

  it('leaves network failures to reconnection', () => {
    expect(fatalConnectError(new Error('websocket error'))).toBeNull();
    expect(fatalConnectError(Object.assign(new Error('xhr poll error'), { description: 0 }))).toBeNull();
    expect(fatalConnectError(Object.assign(new Error('timeout'), { data: undefined }))).toBeNull();
  });

  it('does not break on a context whose responseText throws', () => {
    const context = {
      get responseText(): string {
        throw new Error('InvalidStateError');
      },
    };
    expect(fatalConnectError(Object.assign(new Error('xhr poll error'), { description: 502, context }))).toBeNull();
  });
});
