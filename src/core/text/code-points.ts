/** Length in Unicode code points: what a person counts as characters (an emoji or a rare CJK
 * character outside the BMP is one, though it takes two UTF-16 units in `String.length`). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
