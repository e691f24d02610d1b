/** About two lines of a phone-sized label; Chinese says in 24 characters what English says
 * in about 60 letters, hence a budget by script. */
const MAX_CJK = 24;
const MAX_LATIN = 60;

const CJK = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * The start of a comment for the 3D label: the first line, cut at a word (or, in Chinese, at
 * any character) with an ellipsis when it is longer. Counts code points, so an emoji is never
 * split in half.
 */
export function firstWords(text: string): string {
  const firstLine = text.trim().split(/\r?\n/u)[0] ?? '';
  const chars = [...firstLine];
  const max = chars.some((c) => CJK.test(c)) ? MAX_CJK : MAX_LATIN;
  const cutLine = firstLine !== text.trim();
  if (chars.length <= max) return cutLine ? `${firstLine}…` : firstLine;
  const head = chars.slice(0, max).join('');
  const atSpace = head.lastIndexOf(' ');
  // a Latin cut goes back to the last space, unless that would leave too little
  const cut = max === MAX_LATIN && atSpace > max / 2 ? head.slice(0, atSpace) : head;
  return `${cut.trimEnd()}…`;
}
