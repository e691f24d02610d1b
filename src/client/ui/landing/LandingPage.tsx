import { CreateSessionSection } from './CreateSessionSection.tsx';
import { JoinForm } from './JoinForm.tsx';
import { PrivacyNotice } from './PrivacyNotice.tsx';

/** The first screen: joining comes first (most visitors are residents), then the privacy
 * notice, then the facilitators' corner, folded away so it does not distract residents. */
export function LandingPage() {
  return (
    <main className="page" id="main">
      <JoinForm />
      <PrivacyNotice />
      <CreateSessionSection />
    </main>
  );
}
