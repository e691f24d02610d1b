import { useTranslation } from 'react-i18next';
import type { DesignOption } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';

interface Props {
  name: string;
  options: readonly DesignOption[];
  /** null: not about one option in particular */
  value: string | null;
  onChange: (optionId: string | null) => void;
}

/** Which design option a comment is about; optional, so "none in particular" comes first. */
export function OptionChoice({ name, options, value, onChange }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <fieldset className="field">
      <legend className="label">{t('annotations.optionLegend')}</legend>
      <div className="choice-stack">
        <label className="choice-button">
          <input className="choice-radio" type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
          <span className="choice-face">{t('annotations.optionNone')}</span>
        </label>
        {options.map((option) => (
          <label key={option.id} className="choice-button">
            <input className="choice-radio" type="radio" name={name} value={option.id} checked={value === option.id} onChange={() => onChange(option.id)} />
            <span className="choice-face">{pick(option.name)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
