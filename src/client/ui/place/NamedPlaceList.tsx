import { useTranslation } from 'react-i18next';
import type { SitePlace } from '../../../core/site/schema.ts';
import { useLocalized } from '../../i18n/localized.ts';
import type { PlaceChoice } from './place-choice.ts';

interface Props {
  places: readonly SitePlace[];
  choice: PlaceChoice | null;
  onChoose: (choice: PlaceChoice) => void;
  /** radio group name, unique per form */
  name: string;
}

/** The named places as big radio buttons: the main way to say where, with or without sight of
 * the plan. Native radios, so screen readers and arrow keys work as everywhere else. */
export function NamedPlaceList({ places, choice, onChoose, name }: Props) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  return (
    <fieldset className="named-places">
      <legend className="label">{t('place.listLegend')}</legend>
      <div className="choice-grid">
        {places.map((place) => (
          <label key={place.id} className="choice-button">
            <input
              className="choice-radio"
              type="radio"
              name={name}
              value={place.id}
              checked={choice?.placeId === place.id}
              onChange={() => onChoose({ lng: place.lng, lat: place.lat, placeId: place.id })}
            />
            <span className="choice-face">{pick(place.name)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
