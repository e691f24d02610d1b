import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';

/** While the first join is under way; says why when it is taking long (no network, no server). */
export function JoiningNotice() {
  const { t } = useTranslation();
  const problem = useSessionView((v) => v.problem);
  const offline = useSessionView((v) => v.status === 'offline');
  return (
    <section className="card" aria-busy="true">
      <h1>{t('session.joining')}</h1>
      {(offline || problem) && (
        <p className="notice warning" role="alert">
          {offline ? t('connection.offline') : t(`errors.${problem!.code}`)}
        </p>
      )}
    </section>
  );
}
