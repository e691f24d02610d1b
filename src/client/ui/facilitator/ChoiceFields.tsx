import { useTranslation } from 'react-i18next';
import { DraftTextField } from './DraftTextField.tsx';
import { FieldProblem } from './FieldProblem.tsx';
import { MIN_CHOICE_FIELDS, emptyChoice, type ChoiceDraft, type FormProblem } from './question-draft.ts';

interface Props {
  choices: ChoiceDraft[];
  withEnglish: boolean;
  max: number;
  problems: readonly FormProblem[];
  onChange: (choices: ChoiceDraft[]) => void;
}

/** The choices of a new question: one text each (plus English when asked for), add and remove. */
export function ChoiceFields({ choices, withEnglish, max, problems, onChange }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ChoiceDraft>) => onChange(choices.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const remove = (index: number) => onChange(choices.filter((_, i) => i !== index));

  return (
    <fieldset className="field choice-fields">
      <legend className="label">{t('facilitator.add.choices')}</legend>
      <FieldProblem problems={problems} field="choices" />
      <ol className="choice-field-list">
        {choices.map((choice, index) => {
          const n = index + 1;
          return (
            // by position: choices have no ids until the question is built
            <li key={index} className="choice-field">
              <DraftTextField
                field={`choice-${index}`}
                label={t('facilitator.add.choice', { n })}
                value={choice.label}
                problems={problems}
                onChange={(label) => update(index, { label })}
              />
              {withEnglish && (
                <DraftTextField
                  field={`choiceEn-${index}`}
                  label={t('facilitator.add.choiceEn', { n })}
                  value={choice.labelEn}
                  problems={problems}
                  onChange={(labelEn) => update(index, { labelEn })}
                />
              )}
              {choices.length > MIN_CHOICE_FIELDS && (
                <button type="button" className="button subtle" onClick={() => remove(index)}>
                  {t('facilitator.add.removeChoice', { n })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {choices.length < max && (
        <button type="button" className="button" onClick={() => onChange([...choices, emptyChoice()])}>
          + {t('facilitator.add.addChoice')}
        </button>
      )}
    </fieldset>
  );
}
