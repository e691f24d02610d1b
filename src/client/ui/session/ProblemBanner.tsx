import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';

/** A refusal after the session was already on screen (e.g. the app was updated during a
 * reconnect): the session stays readable, with the reason and a way to start again. */
export function ProblemBanner({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const problem = useSessionView((v) => v.problem);
  if (!problem?.fatal) return null;
  const reload = problem.code === 'PROTOCOL_MISMATCH';
  return (
    <div className="notice error" role="alert">
      <p>{t(`errors.${problem.code}`)}</p>
      <button type="button" className="button" onClick={reload ? () => window.location.reload() : onRetry}>
        {t('session.retry')}
      </button>
    </div>
  );
}
