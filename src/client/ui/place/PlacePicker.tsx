import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/domain/state.ts';
import type { SitePack } from '../../../core/site/schema.ts';
import { NamedPlaceList } from './NamedPlaceList.tsx';
import type { PlaceChoice } from './place-choice.ts';
import { SitePlan } from './SitePlan.tsx';
import { usePlaceWords } from './use-place-words.ts';

interface Props {
  site: SitePack;
  pins: readonly Annotation[];
  choice: PlaceChoice | null;
  onChoose: (choice: PlaceChoice) => void;
  /** shown when the form was sent without a place */
  error?: string | null;
  /** id of the group's heading, for the form's error summary to point at */
  headingId?: string;
}

/** Where a pin goes, the way that works without 3D: a named place from the list, or any point
 * tapped on the plan. Says in words what is chosen, including a point brought from the 3D view. */
export function PlacePicker({ site, pins, choice, onChoose, error, headingId }: Props) {
  const { t } = useTranslation();
  const words = usePlaceWords(site);
  const radioName = useId();
  const places = site.places ?? [];
  // a point tapped in 3D is said to be from there, so nobody wonders where "15 m north" came from
  const describeChoice = (chosen: PlaceChoice) => {
    if (chosen.from !== 'twin') return words.describe(chosen);
    const near = words.nearestName(chosen);
    return near ? t('pins.pickedNear', { place: near }) : t('pins.picked');
  };
  return (
    <div className="place-picker" role="group" aria-labelledby={headingId} aria-describedby={error ? `${radioName}-error` : undefined}>
      <p className="label" id={headingId}>
        {t('place.legend')}
      </p>
      <p className={choice ? 'place-chosen' : 'hint'}>{choice ? t('place.chosen', { where: describeChoice(choice) }) : t('place.noneChosen')}</p>
      {error && (
        <p className="error-text" id={`${radioName}-error`}>
          {error}
        </p>
      )}
      {places.length > 0 && <NamedPlaceList places={places} choice={choice} onChoose={onChoose} name={radioName} />}
      <p className="label plan-label">{places.length > 0 ? t('place.orPlan') : t('place.onlyPlan')}</p>
      <SitePlan site={site} pins={pins} choice={choice} onChoose={onChoose} />
    </div>
  );
}
