import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';

/** A strip pinned to the top of the session: green when live, amber while reconnecting, red
 * when offline. Announced politely, so a screen reader hears when the connection drops. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const status = useSessionView((v) => v.status);
  return (
    <div className="connection" data-status={status} role="status">
      <span className="visually-hidden">{t('connection.label')}: </span>
      {t(`connection.${status}`)}
    </div>
  );
}
