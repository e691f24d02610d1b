import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { ChoiceFields } from './ChoiceFields.tsx';
import { DraftTextField } from './DraftTextField.tsx';
import { fieldElementId } from './field-ids.ts';
import { QuestionKindPicker } from './QuestionKindPicker.tsx';
import { MAX_CHOICES, emptyQuestionDraft, questionFromDraft, type FormProblem, type QuestionDraft } from './question-draft.ts';

interface Props {
  existingIds: readonly string[];
  /** sent: the question is in; queued: offline, the outbox adds it on reconnect */
  onAdded: (result: 'sent' | 'queued') => void;
}

/** Kind, question, choices, points (budget only), and optionally English versions. Checked
 * with the protocol's own schema before sending; problems are listed at the top and shown
 * under the field they concern, and focus goes to the first of them. */
export function AddQuestionForm({ existingIds, onAdded }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<QuestionDraft>(emptyQuestionDraft);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const submission = useOpSubmission();
  const formRef = useRef<HTMLFormElement>(null);

  const edit = (patch: Partial<QuestionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems([]);
    submission.clearError();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = questionFromDraft(draft, existingIds);
    if (!result.ok) {
      setProblems(result.problems);
      const first = result.problems[0];
      // the form's own problems (no one field to blame) leave focus where it is
      if (first && first.field !== 'form') formRef.current?.querySelector<HTMLElement>(`#${fieldElementId(first.field)}, [name="add-question-kind"]`)?.focus();
      return;
    }
    const outcome = await submission.send({ type: 'question.add', payload: { question: result.spec } });
    if (outcome === 'sent' || outcome === 'queued') onAdded(outcome);
  };

  const english = draft.withEnglish;
  return (
    <form ref={formRef} className="add-question-form" onSubmit={submit} noValidate>
      {problems.length > 0 && (
        <div className="notice error" role="alert">
          <p>{t('facilitator.add.problemsHeading')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field}>{t(`facilitator.problems.${p.message}`, p.values)}</li>
            ))}
          </ul>
        </div>
      )}
      <QuestionKindPicker kind={draft.kind} onChange={(kind) => edit({ kind, choices: draft.choices.slice(0, MAX_CHOICES[kind]) })} />
      <DraftTextField field="prompt" multiline label={t(english ? 'facilitator.add.promptZh' : 'facilitator.add.prompt')} value={draft.prompt} problems={problems} onChange={(prompt) => edit({ prompt })} />
      <div className="field">
        <label className="checkbox-row">
          <input type="checkbox" checked={english} aria-describedby="add-question-english-hint" onChange={(e) => edit({ withEnglish: e.target.checked })} />
          {t('facilitator.add.withEnglish')}
        </label>
        <p className="hint" id="add-question-english-hint">
          {t('facilitator.add.withEnglishHint')}
        </p>
      </div>
      {english && <DraftTextField field="promptEn" multiline label={t('facilitator.add.promptEn')} value={draft.promptEn} problems={problems} onChange={(promptEn) => edit({ promptEn })} />}
      <ChoiceFields choices={draft.choices} withEnglish={english} max={MAX_CHOICES[draft.kind]} problems={problems} onChange={(choices) => edit({ choices })} />
      {draft.kind === 'budget' && (
        <DraftTextField field="budget" inputMode="numeric" label={t('facilitator.add.budget')} hint={t('facilitator.add.budgetHint')} value={draft.budget} problems={problems} onChange={(budget) => edit({ budget })} />
      )}
      {submission.error && (
        <p className="notice error" role="alert">
          {t(`errors.${submission.error}`)}
        </p>
      )}
      <button type="submit" className="button primary big" aria-disabled={submission.busy || undefined}>
        {t('facilitator.add.submit')}
      </button>
    </form>
  );
}
