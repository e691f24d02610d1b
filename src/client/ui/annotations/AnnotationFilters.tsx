import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SitePack } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { activeFilterCount, NO_FILTER, toggled, type AnnotationFilter } from './annotation-filter.ts';
import { CategoryIcon } from './CategoryIcon.tsx';
import { CATEGORIES, STAGES } from './protocol-lists.ts';

interface Props {
  site: SitePack;
  filter: AnnotationFilter;
  onChange: (filter: AnnotationFilter) => void;
}

/** Big toggle chips, folded away by default so the list starts near the top of a phone screen;
 * the folded bar says how many are on, so nobody wonders where pins went. */
export function AnnotationFilters({ site, filter, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const active = activeFilterCount(filter);
  return (
    <details className="filters">
      <summary className="button">{active ? t('annotations.filtersOn', { count: active }) : t('annotations.filters')}</summary>
      <ChipGroup legend={t('annotations.filterCategory')}>
        {CATEGORIES.map((c) => (
          <Chip key={c} on={filter.categories.includes(c)} onToggle={() => onChange({ ...filter, categories: toggled(filter.categories, c) })}>
            <CategoryIcon category={c} />
            {t(`categories.${c}`)}
          </Chip>
        ))}
      </ChipGroup>
      <ChipGroup legend={t('annotations.filterOption')}>
        {site.options.map((o) => (
          <Chip key={o.id} on={filter.optionIds.includes(o.id)} onToggle={() => onChange({ ...filter, optionIds: toggled(filter.optionIds, o.id) })}>
            {pick(o.name)}
          </Chip>
        ))}
      </ChipGroup>
      <ChipGroup legend={t('annotations.filterStage')}>
        {STAGES.map((s) => (
          <Chip key={s} on={filter.stages.includes(s)} onToggle={() => onChange({ ...filter, stages: toggled(filter.stages, s) })}>
            {t(`stages.${s}`)}
          </Chip>
        ))}
      </ChipGroup>
      <ChipGroup legend={t('annotations.filterWho')}>
        <Chip on={filter.mineOnly} onToggle={() => onChange({ ...filter, mineOnly: !filter.mineOnly })}>
          {t('annotations.filterMine')}
        </Chip>
      </ChipGroup>
      {active > 0 && (
        <button type="button" className="button" onClick={() => onChange(NO_FILTER)}>
          {t('annotations.clearFilters')}
        </button>
      )}
    </details>
  );
}

function ChipGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="chip-group">
      <legend className="label">{legend}</legend>
      <div className="chips">{children}</div>
    </fieldset>
  );
}

/** A toggle: aria-pressed for screen readers, a check mark for eyes (not colour alone). */
function Chip({ on, onToggle, children }: { on: boolean; onToggle: () => void; children: ReactNode }) {
  return (
    <button type="button" className="chip" aria-pressed={on} onClick={onToggle}>
      {children}
    </button>
  );
}
