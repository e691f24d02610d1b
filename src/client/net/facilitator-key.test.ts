import { describe, expect, it } from 'vitest';
import { memoryStore } from '../browser/safe-storage.ts';
import { forgetFacilitatorKey, takeFacilitatorKey } from './facilitator-key.ts';

function addressBar(hash: string) {
  const bar = {
    replacedWith: null as string | null,
    location: { hash, pathname: '/j/123456', search: '' },
    history: {
      state: null,
      replaceState(_state: unknown, _unused: string, url?: string | URL | null) {
        bar.replacedWith = String(url);
      },
    },
  };
  return bar;
}

describe('takeFacilitatorKey', () => {
  it('takes the key from the fragment and removes it from the address bar', () => {
    const bar = addressBar('#key=abcdefghijklmnopqrstuvwxyz');
    expect(takeFacilitatorKey('123456', bar, memoryStore())).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(bar.replacedWith).toBe('/j/123456');
  });

  it('finds the key again after a reload of the same tab', () => {
    const store = memoryStore();
    takeFacilitatorKey('123456', addressBar('#key=abcdefghijklmnopqrstuvwxyz'), store);
    const reloaded = addressBar('');
    expect(takeFacilitatorKey('123456', reloaded, store)).toBe('abcdefghijklmnopqrstuvwxyz');
    expect(reloaded.replacedWith).toBeNull();
  });

  it('gives nothing for a plain join link', () => {
    expect(takeFacilitatorKey('123456', addressBar(''), memoryStore())).toBeUndefined();
  });
});

describe('forgetFacilitatorKey', () => {
  it('stops a refused key from being presented again', () => {
    const store = memoryStore();
    takeFacilitatorKey('123456', addressBar('#key=abcdefghijklmnopqrstuvwxyz'), store);
    forgetFacilitatorKey('123456', store);
    expect(takeFacilitatorKey('123456', addressBar(''), store)).toBeUndefined();
  });
});
