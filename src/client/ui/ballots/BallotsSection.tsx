import { useTranslation } from 'react-i18next';
import { QuestionCard } from './QuestionCard.tsx';
import { useCurrentSession, useMyRole } from './session-selectors.ts';

/** Every question of this meeting, in the order they were added, each with its ballot and
 * (when allowed) its results. */
export function BallotsSection() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const role = useMyRole();
  if (!session) return null;
  const sessionClosed = session.status === 'closed';

  return (
    <section className="ballots" aria-labelledby="ballots-heading">
      <h2 id="ballots-heading">{t('ballots.heading')}</h2>
      {role === 'observer' && <p className="notice info">{t('ballots.observerNote')}</p>}
      {sessionClosed && <p className="notice warning">{t('ballots.sessionClosedNote')}</p>}
      {session.questions.length === 0 ? (
        <p className="card">{t('ballots.noQuestions')}</p>
      ) : (
        <ol className="question-list">
          {session.questions.map((question, index) => (
            <li key={question.spec.id}>
              <QuestionCard question={question} number={index + 1} sessionClosed={sessionClosed} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
