import { describe, expect, it } from 'vitest';
import { isCompleteJoinCode, normalizeJoinCode } from './join-code.ts';

describe('normalizeJoinCode', () => {
  it('keeps plain digits', () => {
    expect(normalizeJoinCode('123456')).toBe('123456');
  });

  it('turns full-width digits from a Chinese keyboard into ASCII', () => {
    expect(normalizeJoinCode('１２３４５６')).toBe('123456');
  });

  it('drops spaces and dashes copied from a poster, and anything past six digits', () => {
    expect(normalizeJoinCode(' 123-456 7')).toBe('123456');
  });
});

describe('isCompleteJoinCode', () => {
  it('wants exactly six digits', () => {
    expect(isCompleteJoinCode('123456')).toBe(true);
    expect(isCompleteJoinCode('12345')).toBe(false);
  });
});
