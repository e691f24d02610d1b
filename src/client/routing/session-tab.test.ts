import { describe, expect, it } from 'vitest';
import { searchWithTab, tabFromSearch } from './session-tab.ts';

describe('tabFromSearch', () => {
  it('reads a known tab', () => {
    expect(tabFromSearch('?tab=vote')).toBe('vote');
    expect(tabFromSearch('?lang=en&tab=here')).toBe('here');
  });

  it('ignores a missing or unknown tab, so an old or mistyped link still opens the session', () => {
    expect(tabFromSearch('')).toBeNull();
    expect(tabFromSearch('?tab=map')).toBeNull();
    expect(tabFromSearch('?tab=')).toBeNull();
  });
});

describe('searchWithTab', () => {
  it('sets the tab and keeps the other parameters', () => {
    expect(searchWithTab('', 'vote')).toBe('?tab=vote');
    expect(searchWithTab('?tab=vote', 'comments')).toBe('?tab=comments');
    expect(searchWithTab('?utm=poster&tab=vote', 'here')).toBe('?utm=poster&tab=here');
  });
});
