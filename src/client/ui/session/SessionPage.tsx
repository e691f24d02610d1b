import { useState } from 'react';
import { useSessionConnection } from '../../net/use-session-connection.ts';
import { joinChoiceFor } from '../../routing/join-choice.ts';
import { useSessionView } from '../../state/session-store.ts';
import { JoinProblem } from './JoinProblem.tsx';
import { JoiningNotice } from './JoiningNotice.tsx';
import { SessionScreen } from './SessionScreen.tsx';

/** The session screen: joins `code` while shown (as the landing page's choice says: observer or
 * not, name cleared or not). Before the first successful join it shows progress or why joining
 * failed; after, the session (kept through reconnects). */
export function SessionPage({ code }: { code: string }) {
  const [attempt, setAttempt] = useState(0);
  // read once: the page is keyed by code, and a choice only changes by joining again
  const [choice] = useState(() => joinChoiceFor(code));
  useSessionConnection(code, attempt, choice);
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
  return <SessionScreen onRetry={retry} />;
}
