import { zhCN } from './locales/zh-CN.ts';

/** The shape of a locale: the keys of zh-CN, every leaf a string. A locale typed with it fails
 * to compile when a key is missing or extra; locales.test.ts checks the same at run time. */
export type Messages<T = typeof zhCN> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: unknown): value is Language {
  return (SUPPORTED_LANGUAGES as readonly unknown[]).includes(value);
}
