import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage } from '../../i18n/language.ts';
import type { Language } from '../../i18n/messages.ts';

/** One button naming the other language in that language ("English" / "中文"), so a reader
 * who cannot read the current one still finds it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other: Language = currentLanguage(i18n) === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button type="button" className="button language-switch" onClick={() => void chooseLanguage(i18n, other)}>
      <span className="visually-hidden">{t('language.switchLabel')} </span>
      <span lang={other}>{t('language.other')}</span>
    </button>
  );
}
