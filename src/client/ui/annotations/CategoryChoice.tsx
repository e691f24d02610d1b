import { useTranslation } from 'react-i18next';
import type { Category } from '../../../core/protocol/primitives.ts';
import { CategoryIcon } from './CategoryIcon.tsx';
import { CATEGORIES } from './protocol-lists.ts';

interface Props {
  name: string;
  value: Category | null;
  onChange: (category: Category) => void;
  error?: string | null;
}

/** The four kinds of comment as four big buttons with icon and word (native radios underneath,
 * so arrow keys and screen readers work as with any radio group). */
export function CategoryChoice({ name, value, onChange, error }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="field category-choice" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="label">{t('annotations.categoryLegend')}</legend>
      <div className="choice-grid">
        {CATEGORIES.map((category) => (
          <label key={category} className={`choice-button cat-${category}`}>
            <input className="choice-radio" type="radio" name={name} value={category} checked={value === category} onChange={() => onChange(category)} />
            <span className="choice-face">
              <CategoryIcon category={category} />
              {t(`categories.${category}`)}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} className="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
