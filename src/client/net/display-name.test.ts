import { describe, expect, it } from 'vitest';
import { MAX_NAME_CODE_POINTS } from '../../core/protocol/primitives.ts';
import { cleanDisplayName, MAX_NAME_LENGTH } from './display-name.ts';

describe('cleanDisplayName', () => {
  it('keeps the protocol limit', () => {
    expect(MAX_NAME_LENGTH).toBe(MAX_NAME_CODE_POINTS);
  });

  it('treats blank as anonymous', () => {
    expect(cleanDisplayName('   ')).toBeUndefined();
  });

  it('trims and collapses spaces', () => {
    expect(cleanDisplayName('  王  阿姨 ')).toBe('王 阿姨');
  });

  it('cuts long names by code points, not UTF-16 units', () => {
    const long = '𠮷'.repeat(50);
    expect([...cleanDisplayName(long)!]).toHaveLength(MAX_NAME_LENGTH);
  });
});
