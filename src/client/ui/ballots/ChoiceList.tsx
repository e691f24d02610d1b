import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useLocalized } from '../../i18n/localized.ts';

/** The choices as plain text, for those who may not vote (observers, closed questions): they
 * still see what was asked. */
export function ChoiceList({ spec }: { spec: QuestionSpec }) {
  const { pick } = useLocalized();
  return (
    <ul className="choice-list">
      {spec.choices.map((choice) => (
        <li key={choice.id}>{pick(choice.label)}</li>
      ))}
    </ul>
  );
}
