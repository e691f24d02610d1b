import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot } from '../../../core/protocol/ops.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';
import type { RatingValue } from './ballot-draft.ts';
import { countKey } from './plural-key.ts';

interface Props {
  spec: QuestionSpec;
  ballot: Ballot;
  /** focused after saving, so keyboard and screen-reader users land on what they just sent */
  ref?: Ref<HTMLDivElement>;
}

/** My ballot in words: what I chose, how I rated, where my points went. */
export function MyBallotSummary({ spec, ballot, ref }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const lines = spec.choices.flatMap((choice) => {
    const item = pick(choice.label);
    if (ballot.kind === 'single') return ballot.choiceId === choice.id ? [item] : [];
    if (ballot.kind === 'rating') {
      const rating = ballot.ratings[choice.id] as RatingValue | undefined;
      return rating ? [t('ballots.ratingGiven', { item, rating, word: t(`ballots.scale.${rating}`) })] : [];
    }
    const points = ballot.allocation[choice.id] ?? 0;
    const amount = t(countKey(points, 'ballots.pointOne', 'ballots.pointMany'), { count: points });
    return points > 0 ? [t('ballots.pointsGiven', { item, amount })] : [];
  });

  return (
    <div className="my-ballot" ref={ref} tabIndex={-1}>
      <p className="my-ballot-heading">✓ {t('ballots.yourVote')}</p>
      {lines.length === 0 ? (
        <p>{t('ballots.noPointsGiven')}</p>
      ) : lines.length === 1 ? (
        <p>{lines[0]}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
