import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { followLanguageInDocument, storedLanguage } from './language.ts';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from './messages.ts';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** Starts i18next synchronously (both locales are bundled: together they are a few KB, less
 * than a second request would cost on a weak network), so the first render is translated. */
export function setupI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // 'zh-CN' must stay 'zh-CN', not be reduced to 'zh'
    load: 'currentOnly',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders; escaping here too would show &amp; to people
    interpolation: { escapeValue: false },
  });
  followLanguageInDocument(i18next);
  return i18next;
}
