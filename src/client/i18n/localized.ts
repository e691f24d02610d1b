import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../core/i18n-text.ts';
import { currentLanguage } from './language.ts';
import type { Language } from './messages.ts';

/** Site packs carry their own text in both languages; this picks the reader's. */
export function pickLocalized(text: LocalizedText, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** The current language plus a picker bound to it; re-renders when the language changes. */
export function useLocalized(): { language: Language; pick: (text: LocalizedText) => string } {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return { language, pick: (text) => pickLocalized(text, language) };
}
