import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { useTwin } from '../scene/twin-context.ts';

/** The site's options as radio buttons: arrow keys move between them, as in any radio group. */
export function OptionSwitcher({ optionId, onOptionChange }: { optionId: string; onOptionChange(id: string): void }) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { site } = useTwin();
  const name = useId();
  return (
    <fieldset className="twin-fieldset">
      <legend>{t('twin.optionLegend')}</legend>
      <div className="twin-segments">
        {site.options.map((option) => (
          <label key={option.id} className="twin-segment">
            <input type="radio" name={name} value={option.id} checked={option.id === optionId} onChange={() => onOptionChange(option.id)} />
            <span>{pick(option.name)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
