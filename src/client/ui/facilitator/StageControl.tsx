import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../core/protocol/primitives.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { STAGE_ORDER } from './stage-order.ts';

/** The three meetings of 一图三会 as three big toggle buttons; the pressed one is the current
 * stage (marked with ✓ as well as colour). */
export function StageControl({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const submission = useOpSubmission();
  const [announcement, setAnnouncement] = useState('');

  const choose = async (next: Stage) => {
    if (next === stage) return;
    setAnnouncement('');
    const outcome = await submission.send({ type: 'session.stage', payload: { stage: next } });
    // offline: the outbox sends it on reconnect; the pressed button moves when the server has it
    if (outcome === 'queued') setAnnouncement(t('outbox.queued'));
    if (outcome === 'sent') setAnnouncement(t('facilitator.stageChanged', { stage: t(`stages.${next}`) }));
  };

  return (
    <div className="control-block">
      <p className="label" id="stage-label">
        {t('facilitator.stageLabel')}
      </p>
      <div className="segmented" role="group" aria-labelledby="stage-label">
        {STAGE_ORDER.map((s) => (
          <button key={s} type="button" className="button segment" aria-pressed={s === stage} onClick={() => choose(s)}>
            {s === stage && <span aria-hidden="true">✓ </span>}
            {t(`stages.${s}`)}
          </button>
        ))}
      </div>
      {submission.error && (
        <p className="notice error" role="alert">
          {t(`errors.${submission.error}`)}
        </p>
      )}
      <p className="hint" role="status">
        {announcement}
      </p>
    </div>
  );
}
