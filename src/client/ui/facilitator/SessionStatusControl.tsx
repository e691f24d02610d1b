import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpSubmission } from '../ops/use-op-submission.ts';

/** Close the session (after a confirmation: nobody can change anything afterwards, the
 * facilitator included) or reopen it. The confirmation is part of the page, not a browser
 * dialog, so it reads well on a projector and in WeChat's browser. */
export function SessionStatusControl({ status }: { status: 'open' | 'closed' }) {
  const { t } = useTranslation();
  const submission = useOpSubmission();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const setStatus = async (next: 'open' | 'closed') => {
    setAnnouncement('');
    const outcome = await submission.send({ type: 'session.status', payload: { status: next } });
    if (outcome !== 'sent' && outcome !== 'queued') return;
    // queued (offline): asked for, and sent on reconnect; the status shown changes when it lands
    setConfirming(false);
    if (outcome === 'queued') setAnnouncement(t('outbox.queued'));
    else setAnnouncement(t(next === 'closed' ? 'facilitator.sessionClosedDone' : 'facilitator.sessionReopened'));
  };

  return (
    <div className="control-block">
      <p className="label">{t('facilitator.sessionLabel')}</p>
      <p>{t(status === 'open' ? 'facilitator.sessionOpen' : 'facilitator.sessionClosed')}</p>
      {status === 'closed' ? (
        <button type="button" className="button" aria-disabled={submission.busy || undefined} onClick={() => setStatus('open')}>
          {t('facilitator.reopenSession')}
        </button>
      ) : confirming ? (
        <div className="confirm notice warning" role="group" aria-labelledby="confirm-close-heading" tabIndex={-1} ref={confirmRef}>
          <p className="confirm-heading" id="confirm-close-heading">
            {t('facilitator.confirmCloseHeading')}
          </p>
          <p>{t('facilitator.confirmCloseBody')}</p>
          <div className="form-actions">
            <button type="button" className="button danger" aria-disabled={submission.busy || undefined} onClick={() => setStatus('closed')}>
              {t('facilitator.confirmClose')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('facilitator.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('facilitator.closeSession')}
        </button>
      )}
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
