import { useTranslation } from 'react-i18next';
import { useTwin } from '../scene/twin-context.ts';
import { CameraControls } from './CameraControls.tsx';
import { CompareToggle } from './CompareToggle.tsx';
import { OptionSwitcher } from './OptionSwitcher.tsx';
import { SunControls } from './SunControls.tsx';

/** Every control of the twin, as ordinary DOM outside the canvas: keyboard, screen readers
 * and browser zoom work on them as on the rest of the app. */
export function TwinControls({ optionId, onOptionChange }: { optionId: string; onOptionChange(id: string): void }) {
  const { t } = useTranslation();
  const { site } = useTwin();
  return (
    <div className="twin-controls">
      <h2 className="visually-hidden">{t('twin.controlsHeading')}</h2>
      <OptionSwitcher optionId={optionId} onOptionChange={onOptionChange} />
      <CompareToggle />
      <CameraControls />
      <SunControls />
      {site.provenance.geometry === 'illustrative' && <p className="hint twin-provenance">{t('twin.illustrative')}</p>}
    </div>
  );
}
