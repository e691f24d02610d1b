import { useTranslation } from 'react-i18next';
import { useCurrentSession, useIsFacilitator } from '../ballots/session-selectors.ts';
import { AddQuestion } from './AddQuestion.tsx';
import { SessionStatusControl } from './SessionStatusControl.tsx';
import { StageControl } from './StageControl.tsx';

/** Controls for the whole meeting, shown only to facilitators. It never shows the facilitator
 * key or link: this screen may well be on the projector. (Per-question controls sit on each
 * question, next to what they change.) */
export function FacilitatorPanel() {
  const { t } = useTranslation();
  const facilitator = useIsFacilitator();
  const session = useCurrentSession();
  if (!facilitator || !session) return null;
  const closed = session.status === 'closed';

  return (
    <section className="card facilitator" aria-labelledby="facilitator-heading">
      <h2 id="facilitator-heading">{t('facilitator.heading')}</h2>
      <p className="hint">{t('facilitator.hint')}</p>
      {/* a closed session refuses every change but reopening: offer only that */}
      {!closed && <StageControl stage={session.stage} />}
      <SessionStatusControl status={session.status} />
      {!closed && <AddQuestion existingIds={session.questions.map((q) => q.spec.id)} />}
    </section>
  );
}
