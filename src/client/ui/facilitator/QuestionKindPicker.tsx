import { useTranslation } from 'react-i18next';
import type { QuestionKind } from '../../../core/site/question-spec.ts';

const KINDS: readonly QuestionKind[] = ['single', 'rating', 'budget'];

/** Which kind of question to add, as three radio cards (the same look residents vote with). */
export function QuestionKindPicker({ kind, onChange }: { kind: QuestionKind; onChange: (kind: QuestionKind) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend className="label">{t('facilitator.add.kindLabel')}</legend>
      <div className="choice-cards">
        {KINDS.map((k) => (
          <label key={k} className="choice-card">
            <input className="choice-input" type="radio" name="add-question-kind" value={k} checked={kind === k} onChange={() => onChange(k)} />
            <span className="choice-face">
              <span className="choice-mark" aria-hidden="true" />
              {t(`facilitator.add.kinds.${k}`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
