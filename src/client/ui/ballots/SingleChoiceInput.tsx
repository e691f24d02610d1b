import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';

interface Props {
  spec: QuestionSpec;
  value: string | null;
  onChange: (choiceId: string) => void;
}

/** Big radio cards: the whole card is the tap target, and a native radio underneath keeps
 * arrow keys and screen readers working as they do everywhere else. */
export function SingleChoiceInput({ spec, value, onChange }: Props) {
  const { pick } = useLocalized();
  return (
    <div className="choice-cards">
      {spec.choices.map((choice) => (
        <label key={choice.id} className="choice-card">
          <input
            className="choice-input"
            type="radio"
            name={`ballot-${spec.id}`}
            value={choice.id}
            checked={value === choice.id}
            onChange={() => onChange(choice.id)}
          />
          <span className="choice-face">
            <span className="choice-mark" aria-hidden="true" />
            {pick(choice.label)}
          </span>
        </label>
      ))}
    </div>
  );
}
