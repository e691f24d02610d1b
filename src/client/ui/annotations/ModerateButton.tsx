import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import { useOpSubmission } from '../ops/use-op-submission.ts';
import { useAnnounce } from './Announcer.tsx';

/** Facilitators only: hide a comment from everyone but its author and the facilitators (hiding a
 * pin hides its thread), or show it again. */
export function ModerateButton({ annotation }: { annotation: Pick<Annotation, 'id' | 'hidden'> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const op = useOpSubmission();
  const hide = !annotation.hidden;

  const toggle = async () => {
    const result = await op.send({ type: 'annotation.moderate', payload: { id: annotation.id, hidden: hide } });
    // a refusal is shown (and read out) by the alert below
    if (result === 'sent' || result === 'queued') announce(t(result === 'queued' ? 'outbox.queued' : hide ? 'annotations.hiddenDone' : 'annotations.unhiddenDone'));
  };

  return (
    <>
      <button type="button" className="button" onClick={toggle} disabled={op.busy}>
        {hide ? t('annotations.hide') : t('annotations.unhide')}
      </button>
      {op.error && (
        <p className="error-text" role="alert">
          {t(`errors.${op.error}`)}
        </p>
      )}
    </>
  );
}
