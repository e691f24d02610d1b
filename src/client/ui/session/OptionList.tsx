import { useTranslation } from 'react-i18next';
import type { DesignOption } from '../../../core/site/schema.ts';
import { formatCny } from '../../i18n/format-money.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { useViewedOption } from '../../routing/use-viewed-option.ts';
import { useSessionView } from '../../state/session-store.ts';
import type { SectionContentProps } from './section-content.ts';

const NO_OPTIONS: readonly DesignOption[] = [];

/** The site's design options as text: the way to understand them without 3D, and a way to
 * show any of them in the 3D view (the same viewed option the twin's own switcher sets). */
export function OptionList({ showSection }: SectionContentProps) {
  const { t } = useTranslation();
  const options = useSessionView((v) => v.joined?.site.options ?? NO_OPTIONS);
  const [viewedId, setViewed] = useViewedOption(options);
  const viewIn3d = (optionId: string) => {
    setViewed(optionId);
    showSection('twin');
  };
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">{t('session.options')}</h2>
      <ul className="option-list">
        {options.map((option) => (
          <li key={option.id}>
            <OptionCard option={option} viewed={option.id === viewedId} onViewIn3d={viewIn3d} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OptionCard({ option, viewed, onViewIn3d }: { option: DesignOption; viewed: boolean; onViewIn3d: (optionId: string) => void }) {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  return (
    <article className="card option" aria-labelledby={`option-${option.id}`}>
      <h3 id={`option-${option.id}`}>
        {pick(option.name)}
        {option.existing && <span className="tag neutral">{t('session.existing')}</span>}
      </h3>
      <p>{pick(option.summary)}</p>
      {option.costEstimate && <p className="cost">{t('session.cost', { amount: formatCny(option.costEstimate.amount, language) })}</p>}
      <details>
        <summary>{t('session.altText')}</summary>
        <p>{pick(option.altText)}</p>
      </details>
      {/* the button stays when this option is already shown: it still takes a phone to the view */}
      <p className="option-view">
        <button type="button" className="button" onClick={() => onViewIn3d(option.id)} aria-describedby={`option-${option.id}`}>
          {t('pins.viewIn3d')}
        </button>
        {viewed && <span className="tag">{t('pins.viewing')}</span>}
      </p>
    </article>
  );
}
