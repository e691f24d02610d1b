import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words.ts';

describe('firstWords', () => {
  it('keeps a short comment whole', () => {
    expect(firstWords('公交站需要遮雨棚')).toBe('公交站需要遮雨棚');
  });

  it('cuts Chinese at 24 characters and English at a word', () => {
    const zh = '这里的人行道太窄了，推婴儿车和坐轮椅的人都过不去，希望能拓宽一些';
    expect([...firstWords(zh)]).toHaveLength(25);
    expect(firstWords(zh).endsWith('…')).toBe(true);
    const en = 'The sidewalk here is far too narrow for prams and wheelchairs, please widen it';
    expect(firstWords(en)).toBe('The sidewalk here is far too narrow for prams and…');
  });

  it('shows only the first line', () => {
    expect(firstWords('长椅\n放在树荫下')).toBe('长椅…');
  });
});
