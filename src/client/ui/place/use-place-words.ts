import { useTranslation } from 'react-i18next';
import type { SitePack } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';
import { nearestPlace } from './nearest-place.ts';
import type { LngLatPoint } from './plan-projection.ts';
import { planProjectionFor } from './site-plan-cache.ts';

/** Above this, a point is described without a named place ("a point on the plan"). */
const DESCRIBE_WITHIN_METRES = 80;
/** Closer than this, a point is simply "at" the place. */
const AT_PLACE_METRES = 5;

/**
 * Words for where a point is, in the reader's language:
 * - `shortName`: the nearest named place within 30 m, else "on the plan" (list and thread);
 * - `describe`: "about 15 m north of the junction" (the plan's crosshair, the chosen point);
 * - `nearestName`: the closest named place however far, or null when the site names none
 *   ("chosen in 3D, near the bus stop").
 */
export function usePlaceWords(site: SitePack) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const frame = planProjectionFor(site).frame;
  const places = site.places ?? [];

  const shortName = (point: LngLatPoint): string => {
    const near = nearestPlace(frame, places, point);
    return near ? pick(near.place.name) : t('place.onPlan');
  };

  const describe = (point: LngLatPoint): string => {
    const near = nearestPlace(frame, places, point, DESCRIBE_WITHIN_METRES);
    if (!near) return t('place.pointOnPlan');
    const place = pick(near.place.name);
    if (near.metres < AT_PLACE_METRES) return t('place.atPlace', { place });
    const metres = Math.round(near.metres);
    return t('place.nearPlace', { place, metres, direction: t(`place.directions.${near.direction}`) });
  };

  const nearestName = (point: LngLatPoint): string | null => {
    const near = nearestPlace(frame, places, point, Infinity);
    return near ? pick(near.place.name) : null;
  };

  return { shortName, describe, nearestName };
}
