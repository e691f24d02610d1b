import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot } from '../../../core/protocol/ops.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { budgetOf, draftFor, draftToBallot, type BallotDraft, type DraftProblem } from './ballot-draft.ts';
import { BudgetInput } from './BudgetInput.tsx';
import { RatingInput } from './RatingInput.tsx';
import { SingleChoiceInput } from './SingleChoiceInput.tsx';

interface Props {
  spec: QuestionSpec;
  promptId: string;
  current: Ballot | undefined;
  /** move focus into the form (after "change my vote"; never on first render: the page would jump) */
  autoFocus: boolean;
  /** sent: committed; queued: left to the outbox (offline or slow), to be sent when back online */
  onSaved: (ballot: Ballot, result: 'sent' | 'queued') => void;
  onCancel: (() => void) | undefined;
}

/** Picks a ballot for one question and casts it. Checks it first with the same rule the
 * server applies, so a refusal means something changed meanwhile (e.g. voting closed). */
export function BallotForm({ spec, promptId, current, autoFocus, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<BallotDraft>(() => draftFor(spec, current));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const submission = useOpSubmission();
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    const fieldset = fieldsetRef.current;
    if (!autoFocus || !fieldset) return;
    // start where my current choice is, as arrow keys in a radio group would
    (fieldset.querySelector<HTMLElement>('input:checked') ?? fieldset.querySelector<HTMLElement>('input, button'))?.focus();
  }, [autoFocus]);

  const change = (next: BallotDraft) => {
    setDraft(next);
    setProblem(null);
    submission.clearError();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = draftToBallot(spec, draft);
    if (!result.ok) return setProblem(result.problem);
    const outcome = await submission.send({ type: 'ballot.cast', payload: { questionId: spec.id, ballot: result.ballot } });
    // refused: the alert below says why; ignored: the first tap's answer is still on its way
    if (outcome === 'sent' || outcome === 'queued') onSaved(result.ballot, outcome);
  };

  const hintId = `${promptId}-hint`;
  return (
    <form className="ballot-form" onSubmit={submit} noValidate>
      <fieldset ref={fieldsetRef} aria-labelledby={promptId} aria-describedby={hintId}>
        <p className="hint" id={hintId}>
          {t(`ballots.hints.${spec.kind}`)}
        </p>
        {draft.kind === 'single' && <SingleChoiceInput spec={spec} value={draft.choiceId} onChange={(choiceId) => change({ kind: 'single', choiceId })} />}
        {draft.kind === 'rating' && <RatingInput spec={spec} ratings={draft.ratings} onChange={(ratings) => change({ kind: 'rating', ratings })} />}
        {draft.kind === 'budget' && (
          <BudgetInput spec={spec} budget={budgetOf(spec)} allocation={draft.allocation} onChange={(allocation) => change({ kind: 'budget', allocation })} />
        )}
      </fieldset>
      {problem && (
        <p className="error-text" role="alert">
          {t(`ballots.problems.${problem}`)}
        </p>
      )}
      {submission.error && (
        <p className="notice error" role="alert">
          {t(`errors.${submission.error}`)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button primary big" aria-disabled={submission.busy || undefined}>
          {submission.busy ? t('ballots.sending') : t(current ? 'ballots.saveChange' : 'ballots.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('ballots.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
