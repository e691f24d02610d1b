import { useTranslation } from 'react-i18next';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { countKey } from './plural-key.ts';
import { RatingBars } from './RatingBars.tsx';
import { useIsFacilitator, useTally } from './session-selectors.ts';
import { ShareBars } from './ShareBars.tsx';

/**
 * The results of one question, or why they are not shown. Facilitators always see live
 * results, marked as private until revealed. Others see them only once revealed: the server
 * sends nothing before, and after a "hide" the store may still hold the last tally, so the
 * revealed flag decides here too.
 */
export function TallyArea({ spec, revealed }: { spec: QuestionSpec; revealed: boolean }) {
  const { t } = useTranslation();
  const facilitator = useIsFacilitator();
  const tally = useTally(spec.id);

  if (!facilitator && !revealed) return <p className="results-hidden">{t('ballots.resultsHidden')}</p>;
  if (!tally) return <p className="hint">{t('ballots.resultsPending')}</p>;

  return (
    // a plain block under its heading, not a landmark: a dozen "Results" regions would only
    // clutter a screen reader's landmark list
    <div className={revealed ? 'tally' : 'tally private'}>
      <h4>{t('ballots.results')}</h4>
      {facilitator && <p className={revealed ? 'hint' : 'notice warning'}>{t(revealed ? 'ballots.everyoneSees' : 'ballots.onlyYouSee')}</p>}
      <p className="tally-count">{t(countKey(tally.ballots, 'ballots.peopleOne', 'ballots.peopleMany'), { count: tally.ballots })}</p>
      {tally.kind === 'rating' ? <RatingBars spec={spec} tally={tally} /> : <ShareBars spec={spec} tally={tally} />}
    </div>
  );
}
