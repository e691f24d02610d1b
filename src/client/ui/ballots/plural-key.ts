/** Picks the `…One` or `…Many` message for a count. The locales keep no i18next plural suffixes
 * (Chinese has no plural; see zh-CN.ts), yet English must still say "1 vote" and "2 votes". */
export function countKey<One extends string, Many extends string>(count: number, one: One, many: Many): One | Many {
  return count === 1 ? one : many;
}
