import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { clampMinutes } from '../state/twin-view-store.ts';
import { DAY_END_MINUTES, DAY_START_MINUTES, formatClock, seasonWallClock, SEASONS, TIME_STEP_MINUTES } from '../sun/seasons.ts';
import { sunDirection } from '../sun/sun-direction.ts';
import { useTwin, useTwinView } from '../scene/twin-context.ts';

/** The day (equinox or solstice) and the time of day, in the site's own time zone, with the
 * sun's height written out: shade on a garden bed is the question, so it is said in words too. */
export function SunControls() {
  const { t } = useTranslation();
  const { viewStore, site } = useTwin();
  const season = useTwinView((s) => s.season);
  const minutes = useTwinView((s) => s.minutesOfDay);
  const seasonName = useId();
  const timeId = useId();
  const altitude = useMemo(() => sunDirection(seasonWallClock(season, minutes), site).altitudeDegrees, [season, minutes, site]);
  const clock = formatClock(minutes);
  const sunText = altitude > 0 ? t('twin.sun.altitude', { degrees: Math.round(altitude) }) : t('twin.sun.belowHorizon');
  return (
    <fieldset className="twin-fieldset">
      <legend>{t('twin.sun.legend')}</legend>
      <div className="twin-segments twin-seasons" role="radiogroup" aria-label={t('twin.sun.season')}>
        {SEASONS.map((s) => (
          <label key={s} className="twin-segment">
            <input type="radio" name={seasonName} value={s} checked={season === s} onChange={() => viewStore.setState({ season: s })} />
            <span>{t(`twin.sun.${s}`)}</span>
          </label>
        ))}
      </div>
      <label htmlFor={timeId} className="twin-time-label">
        {t('twin.sun.time')} <output htmlFor={timeId}>{clock}</output>
      </label>
      <input
        id={timeId}
        className="twin-range"
        type="range"
        min={DAY_START_MINUTES}
        max={DAY_END_MINUTES}
        step={TIME_STEP_MINUTES}
        value={minutes}
        aria-valuetext={`${clock}, ${sunText}`}
        onChange={(e) => viewStore.setState({ minutesOfDay: clampMinutes(Number(e.target.value)) })}
      />
      <p className="hint">
        {sunText}
      </p>
    </fieldset>
  );
}
