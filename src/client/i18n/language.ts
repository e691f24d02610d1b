import type { i18n as I18n } from 'i18next';
import { localStore } from '../browser/safe-storage.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './messages.ts';

const STORAGE_KEY = 'gj.language';

/** The language chosen earlier on this browser, else zh-CN: the pilot's residents read Chinese
 * first, and the switch is one tap away for everyone else. */
export function storedLanguage(): Language {
  const stored = localStore.get(STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches language and remembers the choice on this browser. */
export async function chooseLanguage(i18n: I18n, language: Language): Promise<void> {
  localStore.set(STORAGE_KEY, language);
  await i18n.changeLanguage(language);
}

/** Keeps <html lang> and the tab title in step with the language: screen readers pick their
 * voice from `lang`, and browsers use it to pick CJK glyph variants. */
export function followLanguageInDocument(i18n: I18n): void {
  const apply = () => {
    document.documentElement.lang = currentLanguage(i18n);
    document.title = i18n.t('app.documentTitle');
  };
  apply();
  i18n.on('languageChanged', apply);
}
