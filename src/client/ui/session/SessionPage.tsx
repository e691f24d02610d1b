import { useState } from 'react';
import { useSessionConnection } from '../../net/use-session-connection.ts';
import { useSessionView } from '../../state/session-store.ts';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel.tsx';
import { BallotsSection } from '../ballots/BallotsSection.tsx';
import { FacilitatorPanel } from '../facilitator/FacilitatorPanel.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { JoinProblem } from './JoinProblem.tsx';
import { JoiningNotice } from './JoiningNotice.tsx';
import { OptionList } from './OptionList.tsx';
import { PresenceList } from './PresenceList.tsx';
import { ProblemBanner } from './ProblemBanner.tsx';
import { RefusedChanges } from './RefusedChanges.tsx';
import { SessionHeader } from './SessionHeader.tsx';

/** The session screen: joins `code` while shown. Before the first successful join it shows
 * progress or why joining failed; after, the session (kept through reconnects). */
export function SessionPage({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  useSessionConnection(code, attempt);
  const joined = useSessionView((v) => v.joined !== null);
  const fatal = useSessionView((v) => v.problem?.fatal === true);
  const retry = () => setAttempt((n) => n + 1);

  if (!joined) {
    return (
      <main className="page" id="main">
        {fatal ? <JoinProblem onRetry={retry} /> : <JoiningNotice />}
      </main>
    );
  }
  return (
    <>
      <ConnectionStatus />
      <main className="page" id="main">
        <ProblemBanner onRetry={retry} />
        <RefusedChanges />
        <SessionHeader />
        <FacilitatorPanel />
        <OptionList />
        <AnnotationsPanel />
        <BallotsSection />
        <PresenceList />
      </main>
    </>
  );
}
