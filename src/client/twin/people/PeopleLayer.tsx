import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';
import { Avatars, type LabelledPerson } from './Avatars.tsx';
import { FacilitatorFollower } from './FacilitatorFollower.tsx';
import { peopleInScene } from './people-shown.ts';
import { PoseSender } from './PoseSender.tsx';

export interface PeopleLayerProps {
  /** the 3D view is on screen: only then is this person 'in the twin' and their pose sent */
  shown: boolean;
  /** the option this person is looking at: sent with their pose */
  optionId: string;
  /** "follow the facilitator" switches the option with theirs */
  onOptionChange(optionId: string): void;
}

/**
 * Other people in the session's 3D twin, and this person's part in it: their own pose goes out
 * while the view is shown, everyone else in the twin or in AR is drawn where they look, and
 * "follow the facilitator" drives the camera when it is on (the toggle is FollowToggle, DOM).
 * A child of TwinPanel (inside the Canvas), loaded lazily: see lazy-people-layer.ts.
 */
export default function PeopleLayer({ shown, optionId, onOptionChange }: PeopleLayerProps) {
  const { t } = useTranslation();
  const me = useSessionView((v) => v.joined?.you.connectionId);
  const presence = useSessionView((v) => v.presence);
  const people = useMemo<LabelledPerson[]>(
    () =>
      peopleInScene(presence, me).map((person) => {
        const name = person.name ?? t('people.anonymous');
        return { person, label: person.role === 'facilitator' ? t('people.facilitatorLabel', { name }) : name };
      }),
    [presence, me, t],
  );

  return (
    <>
      <PoseSender shown={shown} optionId={optionId} />
      <Avatars people={people} />
      <FacilitatorFollower optionId={optionId} onOptionChange={onOptionChange} />
    </>
  );
}
