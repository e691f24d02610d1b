import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { useSessionView } from '../../state/session-store.ts';

/** What meeting this is: its title, the site, the stage, and the code others can join with. */
export function SessionHeader() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const joined = useSessionView((v) => v.joined);
  const state = useSessionView((v) => (v.joined ? v.log?.sessions[v.joined.session.id] : undefined));
  if (!joined) return null;
  const { session, site, you } = joined;

  return (
    <section className="card session-header" aria-labelledby="session-title">
      <h1 id="session-title">{state?.title ?? session.title}</h1>
      <p className="site-line">
        {pick(site.name)}
        {site.district ? ` · ${pick(site.district)}` : ''}
      </p>
      <div className="meta-row">
        {state && <span className="tag">{t('session.stage', { stage: t(`stages.${state.stage}`) })}</span>}
        <span className="tag neutral">{t('session.joinCode', { code: session.code })}</span>
      </div>
      {you.role === 'facilitator' && <p className="notice info">{t('session.youAreFacilitator')}</p>}
      {state?.status === 'closed' && <p className="notice warning">{t('session.closed')}</p>}
    </section>
  );
}
