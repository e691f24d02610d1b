export const JOIN_CODE_LENGTH = 6;

/**
 * What the code field keeps of what was typed or pasted: digits only, at most six. Chinese
 * keyboards in full-width mode type "１２３" (U+FF10–FF19); those count as digits too, and spaces
 * or dashes copied from a poster ("123 456") are dropped.
 */
export function normalizeJoinCode(raw: string): string {
  const halfWidth = raw.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  return halfWidth.replace(/[^0-9]/g, '').slice(0, JOIN_CODE_LENGTH);
}

export function isCompleteJoinCode(code: string): boolean {
  return new RegExp(`^[0-9]{${JOIN_CODE_LENGTH}}$`).test(code);
}
