import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionView } from '../../state/session-store.ts';
import { facilitatorsInTwin, followOffered } from './follow.ts';
import { resetFollowing, setFollowing, useFollowState } from './follow-store.ts';

/**
 * "Follow the facilitator": a toggle for participants and observers while a facilitator has
 * the 3D twin open, with one polite status line (whom they follow, or why following stopped).
 * Ordinary DOM beside the twin, in the session chunk: it imports no three.js. The camera side
 * is FacilitatorFollower, inside the canvas.
 */
export function FollowToggle() {
  const { t } = useTranslation();
  const you = useSessionView((v) => v.joined?.you);
  const presence = useSessionView((v) => v.presence);
  const following = useFollowState((s) => s.following);
  const followedId = useFollowState((s) => s.followedConnectionId);
  const notice = useFollowState((s) => s.notice);
  const facilitators = useMemo(() => facilitatorsInTwin(presence, you?.connectionId), [presence, you?.connectionId]);
  // leaving the session's 3D view for good turns following off: next time it starts off
  useEffect(() => resetFollowing, []);

  if (!followOffered(you?.role, facilitators.length, following)) return null;
  const followed = followedId ? presence[followedId] : undefined;
  const status = following
    ? followed
      ? t('people.followingName', { name: followed.name ?? t('people.anonymous') })
      : t('people.waiting')
    : notice === 'you-moved'
      ? t('people.stoppedByYou')
      : t('people.followHint');

  return (
    <div className="people-follow">
      <button type="button" className="button twin-toggle people-follow-toggle" aria-pressed={following} onClick={() => setFollowing(!following)}>
        {t('people.follow')}
      </button>
      <p className="hint people-follow-status" role="status">
        {status}
      </p>
    </div>
  );
}
