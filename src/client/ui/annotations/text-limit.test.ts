import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CODE_POINTS, TextSchema } from '../../../core/protocol/primitives.ts';
import { MAX_TEXT_LENGTH, textProblem } from './text-limit.ts';

describe('text limit', () => {
  it('is the protocol’s limit', () => {
    expect(MAX_TEXT_LENGTH).toBe(MAX_TEXT_CODE_POINTS);
  });

  it('agrees with the server on blank and too long, counting code points', () => {
    const samples = ['', '   ', '\u200b\u200b', '路口需要斑马线', '😀'.repeat(500), '😀'.repeat(501), 'a'.repeat(501)];
    for (const text of samples) {
      expect(textProblem(text) === null, JSON.stringify(text).slice(0, 20)).toBe(TextSchema.safeParse(text).success);
    }
    expect(textProblem('😀'.repeat(501))).toBe('tooLong');
    expect(textProblem(' \n ')).toBe('empty');
  });
});
