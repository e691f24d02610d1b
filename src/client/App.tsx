import { useRoute } from './routing/use-route.ts';
import { AppHeader } from './ui/common/AppHeader.tsx';
import { LandingPage } from './ui/landing/LandingPage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { TwinStandaloneRoute } from './twin/TwinStandalonePage.tsx';
import { LazySessionPage } from './ui/session/LazySessionPage.tsx';

/** Composition only: the header, and the screen the address asks for. */
export function App() {
  const route = useRoute();
  return (
    <>
      <AppHeader />
      {route.name === 'landing' && <LandingPage />}
      {/* keyed by code: another session is a fresh screen with a fresh connection */}
      {route.name === 'session' && <LazySessionPage key={route.code} code={route.code} />}
      {route.name === 'not-found' && <TwinStandaloneRoute fallback={<NotFoundPage />} />}
    </>
  );
}
