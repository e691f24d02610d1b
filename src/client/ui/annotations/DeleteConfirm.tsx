import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { useAnnounce } from './Announcer.tsx';

/** "Delete this? It cannot be undone." asked in place (a browser confirm() dialog in WeChat
 * shows the page address as its title and confuses people). */
export function DeleteConfirm({ annotationId, onDone }: { annotationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const op = useOpSubmission();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // focus the safe choice: an accidental second tap must not delete
  useEffect(() => cancelRef.current?.focus(), []);

  const remove = async () => {
    const result = await op.send({ type: 'annotation.delete', payload: { id: annotationId } });
    if (result === 'refused' || result === 'ignored') return;
    announce(t(result === 'sent' ? 'annotations.deletedDone' : 'outbox.queued'));
    onDone();
  };

  return (
    <div className="delete-confirm" role="group" aria-label={t('annotations.deleteConfirm')}>
      <p>{t('annotations.deleteConfirm')}</p>
      {op.error && (
        <p className="notice error" role="alert">
          {t(`errors.${op.error}`)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button danger" onClick={remove} disabled={op.busy}>
          {op.busy ? t('annotations.sending') : t('annotations.deleteYes')}
        </button>
        <button type="button" className="button" ref={cancelRef} onClick={onDone}>
          {t('annotations.cancel')}
        </button>
      </div>
    </div>
  );
}
