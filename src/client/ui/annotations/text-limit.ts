import { codePointLength } from '../../../core/text/code-points.ts';

/** Mirrors MAX_TEXT_CODE_POINTS in core/protocol/primitives.ts, which the client does not
 * import because that module pulls zod into the bundle; text-limit.test.ts keeps them equal. */
export const MAX_TEXT_LENGTH = 500;

/** Whitespace and zero-width characters: the server calls text made only of these blank. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

export type TextProblem = 'empty' | 'tooLong';

/** What the server would refuse about this text, checked before sending so the person is told
 * at once and in place rather than by a refusal. */
export function textProblem(text: string): TextProblem | null {
  if (text.replace(INVISIBLE, '').length === 0) return 'empty';
  if (codePointLength(text) > MAX_TEXT_LENGTH) return 'tooLong';
  return null;
}
