import { useTranslation } from 'react-i18next';
import type { RefusedSite } from '../../net/api.ts';
import { SitePackProblems } from '../common/SitePackProblems.tsx';

/** The packs the server could not load, beside the sites a session can be made for: whoever
 * creates sessions is who learns that a site is missing, and why. */
export function RefusedSites({ refused }: { refused: readonly RefusedSite[] }) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  return (
    <div className="refused-sites">
      <p>{t('create.refusedSites')}</p>
      {refused.map((site) => (
        <SitePackProblems key={site.id} siteId={site.id} problems={site.problems} headingLevel={3} />
      ))}
    </div>
  );
}
