import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';
import { countKey } from '../ballots/plural-key.ts';

/** While the first join is under way; says why when it is taking long (no network, no server),
 * and — after a reload with changes still on the device — that they are kept and will be sent. */
export function JoiningNotice() {
  const { t } = useTranslation();
  const problem = useSessionView((v) => v.problem);
  const offline = useSessionView((v) => v.status === 'offline');
  const waiting = useSessionView((v) => v.outbox.length);
  return (
    <>
      <section className="card" aria-busy="true">
        <h1>{t('session.joining')}</h1>
        {(offline || problem) && (
          <p className="notice warning" role="alert">
            {offline ? t('connection.offline') : t(`errors.${problem!.code}`)}
          </p>
        )}
      </section>
      {/* Outside the busy section (screen readers may hold back what changes inside one), and
          always in the page, so the count is announced once the outbox has been read. */}
      <p className="notice info outbox-waiting" role="status" data-waiting={waiting}>
        {waiting > 0 ? t(countKey(waiting, 'session.waitingOne', 'session.waitingMany'), { count: waiting }) : ''}
      </p>
    </>
  );
}
