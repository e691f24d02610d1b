import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/localized.ts';
import { viewpointPose } from '../camera/camera-pose.ts';
import type { CameraMode } from '../camera/camera-rig.ts';
import { useTwin, useTwinView } from '../scene/twin-context.ts';

const MODES: CameraMode[] = ['orbit', 'walk'];

/** Orbit or walk, and the pack's named viewpoints: each button flies the camera there. */
export function CameraControls() {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { rig, site, frame } = useTwin();
  const mode = useTwinView((s) => s.cameraMode);
  const viewpoints = site.viewpoints ?? [];
  return (
    <fieldset className="twin-fieldset">
      <legend>{t('twin.camera.legend')}</legend>
      <div className="twin-buttons">
        {MODES.map((m) => (
          <button key={m} type="button" className="button twin-toggle" aria-pressed={mode === m} onClick={() => rig.switchMode(m)}>
            {t(`twin.camera.${m}`)}
          </button>
        ))}
      </div>
      {viewpoints.length > 0 && (
        <>
          <h3 className="twin-subheading">{t('twin.camera.viewpoints')}</h3>
          <ul className="twin-buttons twin-viewpoints">
            {viewpoints.map((viewpoint) => (
              <li key={viewpoint.id}>
                <button type="button" className="button" onClick={() => rig.flyTo(viewpointPose(frame, viewpoint))}>
                  {pick(viewpoint.name)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}
