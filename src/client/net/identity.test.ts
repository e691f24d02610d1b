import { describe, expect, it } from 'vitest';
import { memoryStore } from '../browser/safe-storage.ts';
import { IdentityBook } from './identity.ts';

describe('IdentityBook', () => {
  it('sends no token for a code it has never joined', () => {
    expect(new IdentityBook(memoryStore()).tokenForCode('123456')).toBeUndefined();
  });

  it('keeps the first identity a site issues and sends it for that code next time', () => {
    const book = new IdentityBook(memoryStore());
    expect(book.remember('123456', 'site-a', 'token-a')).toBeNull();
    expect(book.tokenForCode('123456')).toBe('token-a');
  });

  it('asks to rejoin with the known identity when a new code of the same site issued another', () => {
    const book = new IdentityBook(memoryStore());
    book.remember('111111', 'site-a', 'token-a');
    expect(book.remember('222222', 'site-a', 'token-new')).toEqual({ rejoinWith: 'token-a' });
    expect(book.tokenForCode('222222')).toBe('token-a');
  });

  it('keeps one identity per site', () => {
    const book = new IdentityBook(memoryStore());
    book.remember('111111', 'site-a', 'token-a');
    book.remember('222222', 'site-b', 'token-b');
    expect(book.tokenForCode('111111')).toBe('token-a');
    expect(book.tokenForCode('222222')).toBe('token-b');
  });
});
