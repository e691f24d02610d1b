import { useTranslation } from 'react-i18next';
import { navigate } from '../../routing/use-route.ts';

/** "Back to the start page", as a link that stays in the app. */
export function HomeLink({ primary = false }: { primary?: boolean }) {
  const { t } = useTranslation();
  return (
    <a
      className={primary ? 'button primary' : 'button'}
      href="/"
      onClick={(event) => {
        event.preventDefault();
        navigate('/');
      }}
    >
      {t('session.home')}
    </a>
  );
}
