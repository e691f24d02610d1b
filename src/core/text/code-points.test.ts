import { describe, expect, it } from 'vitest';
import { codePointLength } from './code-points.ts';

describe('codePointLength', () => {
  it.each([
    ['an empty string', '', 0],
    ['ASCII', 'bench', 5],
    ['BMP Chinese', '灵岩南路', 4],
    ['an astral CJK ideograph (U+20000)', '𠀀', 1],
    ['an astral ideograph in a sentence', '我姓𠀀', 3],
    ['an emoji', '👍', 1],
    ['a flag (two regional indicators)', '🇨🇳', 2],
    ['an emoji with a skin-tone modifier', '👍🏽', 2],
    ['a ZWJ family (three emoji, two joiners)', '👨‍👩‍👧', 5],
    ['e + combining acute (decomposed é)', 'e\u0301', 2],
    ['precomposed é', '\u00e9', 1],
    ['a letter with two combining marks', 'a\u0323\u0302', 3],
    ['a variation selector after a BMP symbol', '\u2764\ufe0f', 2],
    ['a lone high surrogate', '\ud840', 1],
    ['a lone low surrogate between letters', 'a\udc00b', 3],
  ])('counts %s', (_what, text, expected) => {
    expect(codePointLength(text)).toBe(expected);
  });

  it('counts 300 astral characters as 300, though they take 600 UTF-16 units', () => {
    const text = '𠀀'.repeat(300);
    expect(text.length).toBe(600);
    expect(codePointLength(text)).toBe(300);
  });

  it('agrees with Array.from on mixed text', () => {
    const text = '灵岩南路 𠀀👍🏽 e\u0301 bench\n';
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });
});
