import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';
import { HomeLink } from '../common/HomeLink.tsx';

/** Joining was refused (wrong code, too many tries, old app...): say why in plain words and
 * offer the two ways on: back to type the code again, or try once more. */
export function JoinProblem({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const code = useSessionView((v) => v.problem?.code ?? 'UNKNOWN');
  const keyRefused = useSessionView((v) => v.asFacilitator) && code === 'INVALID_CODE';
  const reload = code === 'PROTOCOL_MISMATCH';
  return (
    <section className="card" role="alert" aria-labelledby="problem-heading">
      <h1 id="problem-heading">{t('session.problemHeading')}</h1>
      <p className="notice error">{keyRefused ? t('session.facilitatorLinkInvalid') : t(`errors.${code}`)}</p>
      <div className="meta-row">
        <HomeLink primary={code === 'INVALID_CODE'} />
        <button type="button" className={code === 'INVALID_CODE' ? 'button' : 'button primary'} onClick={reload ? () => window.location.reload() : onRetry}>
          {t('session.retry')}
        </button>
      </div>
    </section>
  );
}
