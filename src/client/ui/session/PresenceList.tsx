import { useTranslation } from 'react-i18next';
import type { PresenceEntry } from '../../../core/protocol/messages.ts';
import { useSessionView } from '../../state/session-store.ts';

const ROLE_ORDER = { facilitator: 0, participant: 1, observer: 2 } as const;

/** Who is here now: facilitators first, then named people, then the anonymous; "me" marked. */
export function PresenceList() {
  const { t } = useTranslation();
  const presence = useSessionView((v) => v.presence);
  const myConnection = useSessionView((v) => v.joined?.you.connectionId);
  const entries = Object.values(presence).sort(byRoleThenName);

  return (
    <section className="card" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.heading', { count: entries.length })}</h2>
      <ul className="presence-list">
        {entries.map((entry) => (
          <li key={entry.connectionId}>
            <span className="presence-name">{entry.name ?? t('presence.anonymous')}</span>
            {entry.connectionId === myConnection && <span className="tag">{t('presence.you')}</span>}
            <span className="tag neutral">{t(`presence.roles.${entry.role}`)}</span>
            <span className="hint">{t(`presence.modes.${entry.mode}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function byRoleThenName(a: PresenceEntry, b: PresenceEntry): number {
  const role = ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
  if (role !== 0) return role;
  if ((a.name === null) !== (b.name === null)) return a.name === null ? 1 : -1;
  return (a.name ?? '').localeCompare(b.name ?? '');
}
