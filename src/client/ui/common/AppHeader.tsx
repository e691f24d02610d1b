import { useTranslation } from 'react-i18next';
import { navigate } from '../../routing/use-route.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/** The green bar on every screen: the app's name (a way home) and the language switch. */
export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a
        className="brand"
        href="/"
        onClick={(event) => {
          event.preventDefault();
          navigate('/');
        }}
      >
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <LanguageSwitch />
    </header>
  );
}
