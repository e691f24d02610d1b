import { useTranslation } from 'react-i18next';

/** The plain privacy notice (PIPL and common sense): who we know you as, what we keep, how long. */
export function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <section className="card privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('privacy.heading')}</h2>
      <ul>
        <li>{t('privacy.anonymous')}</li>
        <li>{t('privacy.kept')}</li>
        <li>{t('privacy.notKept')}</li>
        <li>{t('privacy.retention')}</li>
      </ul>
    </section>
  );
}
