import { useTranslation } from 'react-i18next';
import type { SitePack } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';
import type { Language } from '../../i18n/messages.ts';
import { planProjectionFor } from './site-plan-cache.ts';
import { sideOfStreet } from './street-side.ts';

/** "a, b and c" the way each language says it; a plain list where Intl.ListFormat is missing. */
export function joinList(items: readonly string[], language: Language): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(language === 'zh-CN' ? '、' : ', ');
  }
}

/**
 * The plan in words, for screen readers (the SVG's description): its size and orientation,
 * the streets, and the named places from north to south with the side of the main street
 * (the plan's first) each is on, since that is how people find their way along a street.
 */
export function usePlanDescription(site: SitePack, pinCount: number): string {
  const { t } = useTranslation();
  const { pick, language } = useLocalized();
  const projection = planProjectionFor(site);
  const roundTo10 = (metres: number) => Math.max(10, Math.round(metres / 10) * 10);

  const toEnu = (lng: number, lat: number) => projection.frame.toEnu({ lng, lat });
  const mainStreet = site.plan?.streets?.[0]?.line.map(([lng, lat]) => toEnu(lng, lat)) ?? [];
  const places = [...(site.places ?? [])]
    .map((place) => ({ place, enu: toEnu(place.lng, place.lat) }))
    .sort((a, b) => b.enu.north - a.enu.north)
    .map(({ place, enu }) => {
      const side = sideOfStreet(enu, mainStreet);
      return side ? t('place.onSide', { place: pick(place.name), side: t(`place.sides.${side}`) }) : pick(place.name);
    });
  const streets = (site.plan?.streets ?? []).map((street) => pick(street.name));

  return [
    t('place.planSummary', {
      site: pick(site.name),
      width: roundTo10(projection.width / projection.unitsPerMetre),
      height: roundTo10(projection.height / projection.unitsPerMetre),
    }),
    streets.length ? t('place.planStreets', { streets: joinList(streets, language) }) : '',
    places.length ? t('place.planPlaces', { places: joinList(places, language) }) : '',
    t('place.planPins', { count: pinCount }),
  ]
    .filter(Boolean)
    .join(' ');
}
