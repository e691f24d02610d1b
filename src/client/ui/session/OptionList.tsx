import { useTranslation } from 'react-i18next';
import type { DesignOption } from '../../../core/site/schema.ts';
import { formatCny } from '../../i18n/format-money.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { useSessionView } from '../../state/session-store.ts';

const NO_OPTIONS: readonly DesignOption[] = [];

/** The site's design options as text: the way to understand them without 3D. */
export function OptionList() {
  const { t } = useTranslation();
  const options = useSessionView((v) => v.joined?.site.options ?? NO_OPTIONS);
  return (
    <section aria-labelledby="options-heading">
      <h2 id="options-heading">{t('session.options')}</h2>
      <ul className="option-list">
        {options.map((option) => (
          <li key={option.id}>
            <OptionCard option={option} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OptionCard({ option }: { option: DesignOption }) {
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
    </article>
  );
}
