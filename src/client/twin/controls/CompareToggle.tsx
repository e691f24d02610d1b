import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTwin, useTwinView } from '../scene/twin-context.ts';

/** Switches the before/after split on and off. */
export function CompareToggle() {
  const { t } = useTranslation();
  const { viewStore } = useTwin();
  const compare = useTwinView((s) => s.compare);
  const hintId = useId();
  return (
    <div className="twin-fieldset">
      <label className="twin-check">
        <input type="checkbox" checked={compare} aria-describedby={hintId} onChange={(e) => viewStore.setState({ compare: e.target.checked })} />
        <span>{t('twin.compare.toggle')}</span>
      </label>
      <p id={hintId} className="hint">
        {t('twin.compare.hint')}
      </p>
    </div>
  );
}
