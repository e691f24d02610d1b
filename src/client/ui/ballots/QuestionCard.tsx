import { useTranslation } from 'react-i18next';
import type { QuestionState } from '../../../core/domain/state.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { QuestionControls } from '../facilitator/QuestionControls.tsx';
import { BallotArea } from './BallotArea.tsx';
import { useIsFacilitator, useMyRole } from './session-selectors.ts';
import { TallyArea } from './TallyArea.tsx';

interface Props {
  question: QuestionState;
  number: number;
  sessionClosed: boolean;
}

/** One question: what is asked, whether it is open and revealed, my ballot, the results, and
 * for facilitators the question's controls. */
export function QuestionCard({ question, number, sessionClosed }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const role = useMyRole();
  const facilitator = useIsFacilitator();
  const { spec, status, revealed } = question;
  const promptId = `question-${spec.id}-prompt`;
  // a closed session takes no ballots, whatever each question's own status says
  const votingOpen = status === 'open' && !sessionClosed;
  const canVote = role !== 'observer' && votingOpen;

  return (
    <article className="card question" aria-labelledby={promptId}>
      <p className="question-number">{t('ballots.questionNumber', { n: number })}</p>
      <h3 id={promptId}>{pick(spec.prompt)}</h3>
      <div className="meta-row">
        <span className={votingOpen ? 'tag' : 'tag neutral'}>{t(votingOpen ? 'ballots.votingOpen' : 'ballots.votingClosed')}</span>
        <span className={revealed ? 'tag' : 'tag neutral'}>{t(revealed ? 'ballots.resultsShown' : 'ballots.resultsNotShown')}</span>
      </div>
      {/* a closed session takes no changes, so its questions offer none */}
      {facilitator && !sessionClosed && <QuestionControls question={question} />}
      {status === 'closed' && !sessionClosed && <p className="notice warning">{t('ballots.closedNote')}</p>}
      <BallotArea spec={spec} promptId={promptId} canVote={canVote} />
      <TallyArea spec={spec} revealed={revealed} />
    </article>
  );
}
