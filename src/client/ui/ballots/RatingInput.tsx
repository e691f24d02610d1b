import { useTranslation } from 'react-i18next';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { RATING_VALUES } from './ballot-draft.ts';

interface Props {
  spec: QuestionSpec;
  ratings: Record<string, number>;
  onChange: (ratings: Record<string, number>) => void;
}

/** Five big buttons per choice, each with its number and its words (很不满意 … 很满意): stars
 * alone leave people guessing which end is good. Each choice is its own radio group. */
export function RatingInput({ spec, ratings, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <div className="rating-rows">
      {spec.choices.map((choice) => (
        <fieldset key={choice.id} className="rating-row">
          <legend>{pick(choice.label)}</legend>
          <div className="rating-scale">
            {RATING_VALUES.map((value) => (
              <label key={value} className="rating-option">
                <input
                  className="choice-input"
                  type="radio"
                  name={`ballot-${spec.id}-${choice.id}`}
                  value={value}
                  checked={ratings[choice.id] === value}
                  onChange={() => onChange({ ...ratings, [choice.id]: value })}
                />
                <span className="rating-face">
                  <span className="rating-number">{value}</span>
                  <span className="rating-word">{t(`ballots.scale.${value}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
