import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../core/domain/tally.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { countKey } from './plural-key.ts';
import { shareChart } from './tally-rows.ts';

/** Votes per choice (single) or points per item (budget): a sentence naming the leader, then
 * one row per choice with its number and percentage in words. The bars only repeat what the
 * text says, so nothing depends on seeing colour or length. */
export function ShareBars({ spec, tally }: { spec: QuestionSpec; tally: Tally }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const chart = shareChart(spec, tally);
  if (!chart) return null;
  if (chart.total === 0) return <p>{t('ballots.noVotesYet')}</p>;

  const budget = tally.kind === 'budget';
  const amount = (n: number) =>
    budget ? t(countKey(n, 'ballots.pointOne', 'ballots.pointMany'), { count: n }) : t(countKey(n, 'ballots.voteOne', 'ballots.voteMany'), { count: n });
  const leaders = chart.leaders.map((row) => pick(row.label)).join(t('ballots.listSeparator'));

  return (
    <>
      <p className="tally-summary">{t(budget ? 'ballots.leaderBudget' : 'ballots.leaderSingle', { leaders })}</p>
      <ul className="share-bars">
        {chart.rows.map((row) => (
          <li key={row.choiceId} className="share-row">
            <span className="share-label">{pick(row.label)}</span>
            <span className="share-value">{t('ballots.share', { amount: amount(row.value), percent: row.percent })}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${row.percent}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
