import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';

/** A strip pinned to the top of the session: green when live, amber while reconnecting, red
 * when offline, with how many changes wait in the outbox. Announced politely, so a screen
 * reader hears when the connection drops. `data-waiting` is for tests. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const status = useSessionView((v) => v.status);
  const waiting = useSessionView((v) => v.outbox.length);
  return (
    <div className="connection" data-status={status} data-waiting={waiting} role="status">
      <span className="visually-hidden">{t('connection.label')}: </span>
      <span>
        {t(`connection.${status}`)}
        {waiting > 0 && (
          <>
            {/* its own line: on a 360 px phone a run-on line breaks mid-phrase */}
            <br />
            {t('outbox.waiting', { count: waiting })}
          </>
        )}
      </span>
    </div>
  );
}
