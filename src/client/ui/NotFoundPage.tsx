import { useTranslation } from 'react-i18next';
import { HomeLink } from './common/HomeLink.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main className="page" id="main">
      <section className="card">
        <h1>{t('notFound.heading')}</h1>
        <p>{t('notFound.body')}</p>
        <HomeLink />
      </section>
    </main>
  );
}
