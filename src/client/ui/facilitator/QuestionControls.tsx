import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionState } from '../../../core/domain/state.ts';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';

type Done = 'closed' | 'opened' | 'revealed' | 'hidden';
/** queued: offline, the outbox sends it on reconnect (the tags change once the server has it) */
type Said = Done | 'queued';

/** A facilitator's two switches on one question: voting open/closed, results revealed/hidden.
 * The buttons name the action; the tags above them show the state. */
export function QuestionControls({ question }: { question: QuestionState }) {
  const { t } = useTranslation();
  const submission = useOpSubmission();
  const [said, setSaid] = useState<Said | null>(null);
  const { spec, status, revealed } = question;

  const run = async (body: ClientOpBody, outcome: Done) => {
    setSaid(null);
    const result = await submission.send(body);
    if (result === 'sent') setSaid(outcome);
    if (result === 'queued') setSaid('queued');
  };
  const toggleVoting = () =>
    run({ type: 'question.status', payload: { questionId: spec.id, status: status === 'open' ? 'closed' : 'open' } }, status === 'open' ? 'closed' : 'opened');
  const toggleReveal = () => run({ type: 'question.reveal', payload: { questionId: spec.id, revealed: !revealed } }, revealed ? 'hidden' : 'revealed');

  return (
    <div className="question-controls" role="group" aria-label={t('facilitator.questionActions')}>
      <div className="form-actions">
        <button type="button" className="button" aria-disabled={submission.busy || undefined} onClick={toggleVoting}>
          {t(status === 'open' ? 'facilitator.closeVoting' : 'facilitator.openVoting')}
        </button>
        <button type="button" className={revealed ? 'button' : 'button primary'} aria-disabled={submission.busy || undefined} onClick={toggleReveal}>
          {t(revealed ? 'facilitator.hide' : 'facilitator.reveal')}
        </button>
      </div>
      {submission.error && (
        <p className="notice error" role="alert">
          {t(`errors.${submission.error}`)}
        </p>
      )}
      <p className="hint" role="status">
        {said === 'queued' ? t('outbox.queued') : said ? t(`facilitator.done.${said}`) : ''}
      </p>
    </div>
  );
}
