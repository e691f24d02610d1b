import { describe, expect, it } from 'vitest';
import { parseRoute, sessionPath } from './route.ts';

describe('parseRoute', () => {
  it('maps the root to the landing page', () => {
    expect(parseRoute('/')).toEqual({ name: 'landing' });
  });

  it('maps a join link to its session, with or without a trailing slash', () => {
    expect(parseRoute('/j/012345')).toEqual({ name: 'session', code: '012345' });
    expect(parseRoute('/j/012345/')).toEqual({ name: 'session', code: '012345' });
    expect(parseRoute(sessionPath('999999'))).toEqual({ name: 'session', code: '999999' });
  });

  it('refuses codes that are not six digits', () => {
    expect(parseRoute('/j/12345')).toEqual({ name: 'not-found' });
    expect(parseRoute('/j/1234567')).toEqual({ name: 'not-found' });
    expect(parseRoute('/j/abcdef')).toEqual({ name: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'not-found' });
  });
});
