import { useTranslation } from 'react-i18next';
import type { Tally } from '../../../core/domain/tally.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { countKey } from './plural-key.ts';
import { ratingChart } from './tally-rows.ts';

/** Per choice: the mean in words and a small 1–5 histogram. Each histogram column carries its
 * count as text, and a list in words stands in for the picture for screen readers. */
export function RatingBars({ spec, tally }: { spec: QuestionSpec; tally: Tally }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const chart = ratingChart(spec, tally);
  if (!chart) return null;
  if (chart.ballots === 0) return <p>{t('ballots.noVotesYet')}</p>;

  const oneDecimal = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const leaders = chart.leaders.map((row) => pick(row.label)).join(t('ballots.listSeparator'));

  return (
    <>
      {leaders && <p className="tally-summary">{t('ballots.leaderRating', { leaders })}</p>}
      <ul className="rating-results">
        {chart.rows.map((row) => (
          <li key={row.choiceId} className="rating-result">
            <p className="rating-result-label">{pick(row.label)}</p>
            <p className="rating-mean">
              {row.mean === null
                ? t('ballots.notRated')
                : `${t('ballots.mean', { mean: oneDecimal.format(row.mean) })} · ${t(countKey(row.count, 'ballots.ratingOne', 'ballots.ratingMany'), { count: row.count })}`}
            </p>
            {row.count > 0 && (
              <>
                <ul className="visually-hidden" aria-label={t('ballots.histogram')}>
                  {row.histogram.map((bin) => (
                    <li key={bin.rating}>{t('ballots.bin', { rating: bin.rating, word: t(`ballots.scale.${bin.rating}`), count: bin.count })}</li>
                  ))}
                </ul>
                <div className="histogram" aria-hidden="true">
                  {row.histogram.map((bin) => (
                    <div key={bin.rating} className="histogram-column">
                      <span className="histogram-count">{bin.count}</span>
                      <span className="histogram-track">
                        <span className="histogram-fill" style={{ height: `${bin.height}%` }} />
                      </span>
                      <span className="histogram-rating">{bin.rating}</span>
                    </div>
                  ))}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

