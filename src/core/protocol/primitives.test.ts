import { describe, expect, it } from 'vitest';
import { TextSchema } from './primitives.ts';

describe('blank text', () => {
  it.each([['spaces', '   '], ['ideographic space', '\u3000'], ['zero-width spaces', '\u200b\u200b'], ['BOM and joiners', '\ufeff\u200d']])(
    'refuses text of only %s',
    (_what, text) => expect(TextSchema.safeParse(text).success).toBe(false),
  );
  it('accepts text with invisible characters around visible ones', () => {
    expect(TextSchema.safeParse('\u200b好\u200b').success).toBe(true);
  });
});
