import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { useSessionView } from '../../state/session-store.ts';
import { RoomJoinCode } from './RoomJoinCode.tsx';

/** What meeting this is: its title, the site, the stage, and the code others can join with
 * (a small tag on a phone; on a wide screen, large for the room — see RoomJoinCode). */
export function SessionHeader() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const joined = useSessionView((v) => v.joined);
  const state = useSessionView((v) => (v.joined ? v.log?.sessions[v.joined.session.id] : undefined));
  if (!joined) return null;
  const { session, site, you } = joined;

  return (
    <section className="card session-header" aria-labelledby="session-title">
      <div className="session-header-text">
        <h1 id="session-title">{state?.title ?? session.title}</h1>
        <p className="site-line">
          {pick(site.name)}
          {/* a phone leaves the district out (styles.css): the street is enough there */}
          {site.district && <span className="site-district">{` · ${pick(site.district)}`}</span>}
        </p>
        <div className="meta-row">
          {state && <span className="tag">{t('session.stage', { stage: t(`stages.${state.stage}`) })}</span>}
          {/* facilitators and observers see what they joined as; residents are the default */}
          {you.role !== 'participant' && <span className="tag role-tag">{t(`presence.roles.${you.role}`)}</span>}
          <span className="tag neutral join-code-tag">{t('session.joinCode', { code: session.code })}</span>
        </div>
        {state?.status === 'closed' && <p className="notice warning">{t('session.closed')}</p>}
      </div>
      <RoomJoinCode code={session.code} />
    </section>
  );
}
