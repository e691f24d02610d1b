import { useRoute } from './routing/use-route.ts';
import { AppHeader } from './ui/common/AppHeader.tsx';
import { LandingPage } from './ui/landing/LandingPage.tsx';
import { NotFoundPage } from './ui/NotFoundPage.tsx';
import { SessionPage } from './ui/session/SessionPage.tsx';

/** Composition only: the header, and the screen the address asks for. */
export function App() {
  const route = useRoute();
  return (
    <>
      <AppHeader />
      {route.name === 'landing' && <LandingPage />}
      {/* keyed by code: another session is a fresh screen with a fresh connection */}
      {route.name === 'session' && <SessionPage key={route.code} code={route.code} />}
      {route.name === 'not-found' && <NotFoundPage />}
    </>
  );
}
