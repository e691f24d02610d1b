import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ballot } from '../../../core/protocol/ops.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { BallotForm } from './BallotForm.tsx';
import { ChoiceList } from './ChoiceList.tsx';
import { MyBallotSummary } from './MyBallotSummary.tsx';
import { useMyBallot, usePendingBallot } from './session-selectors.ts';

interface Props {
  spec: QuestionSpec;
  promptId: string;
  canVote: boolean;
}

/**
 * Either the form (no ballot yet, or "change my vote" pressed), or my current ballot with a
 * way to change it, or — for observers and closed questions — just the choices. The status line stays mounted across both, so a screen reader hears
 * "saved" even though the form it was pressed in has gone.
 */
export function BallotArea({ spec, promptId, canVote }: Props) {
  const { t } = useTranslation();
  const stored = useMyBallot(spec.id);
  // cast but not in the log yet (offline, or on its way): the outbox's copy is what I chose
  const pending = usePendingBallot(spec.id);
  // the ack can arrive a few ms before my ballot comes back in the op stream: show what I sent
  const [sent, setSent] = useState<Ballot | null>(null);
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(false);
  const mine = pending ?? sent ?? stored;
  // once the log has moved on (my ballot came back, or I voted on another device) it is the truth
  useEffect(() => setSent(null), [stored]);

  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
    setFocusSummary(false);
  }, [focusSummary]);

  const onSaved = (ballot: Ballot, result: 'sent' | 'queued') => {
    // a queued ballot is not kept here but read from the outbox, so that a later refusal
    // (voting closed meanwhile) does not leave it shown as my vote
    if (result === 'sent') setSent(ballot);
    setEditing(false);
    setAnnouncement(t(result === 'sent' ? 'ballots.saved' : 'ballots.queued'));
    setFocusSummary(true);
  };
  const startEditing = () => {
    setAnnouncement('');
    setEditing(true);
  };

  const showForm = canVote && (editing || !mine);
  return (
    <div className="ballot-area">
      {showForm ? (
        <BallotForm spec={spec} promptId={promptId} current={mine} autoFocus={editing} onSaved={onSaved} onCancel={mine ? () => setEditing(false) : undefined} />
      ) : mine ? (
        <MyBallotSummary ref={summaryRef} spec={spec} ballot={mine} />
      ) : (
        <ChoiceList spec={spec} />
      )}
      {!showForm && mine && canVote && (
        <button type="button" className="button" onClick={startEditing}>
          {t('ballots.change')}
        </button>
      )}
      <p className="ballot-saved" role="status">
        {announcement}
      </p>
    </div>
  );
}
