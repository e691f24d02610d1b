import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../../core/protocol/errors.ts';

interface Props {
  siteId: string;
  problems: readonly ErrorDetail[];
  /** the heading level where it is shown */
  headingLevel?: 2 | 3;
}

/**
 * What is wrong with a site pack the server refused at start, readable by whoever can fix it:
 * a sentence in the reader's language, then each problem: where it is (file and JSON path, on
 * its own line, so a long path wraps on a phone) and what it is, as the validator words it
 * (technical English, in the pack's own field names).
 */
export function SitePackProblems({ siteId, problems, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="site-pack-problems" role="alert" aria-labelledby={`site-pack-${siteId}`}>
      <Heading id={`site-pack-${siteId}`}>{t('sitePack.refused', { site: siteId })}</Heading>
      <p className="hint">{t('sitePack.fixHint')}</p>
      <dl>
        {problems.map((problem, i) => (
          <div key={i}>
            <dt>
              <code lang="en">{problem.path || t('sitePack.wholePack')}</code>
            </dt>
            <dd lang="en">{problem.message}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
