import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Viewer } from '../../../core/domain/state.ts';
import type { SessionTab } from '../../routing/session-tab.ts';
import { useSessionView } from '../../state/session-store.ts';
import { countKey } from '../ballots/plural-key.ts';
import { useCurrentSession } from '../ballots/session-selectors.ts';
import { badgeNumber, othersCommentIds, questionsAwaitingVote, revealedQuestionIds } from './section-badges.ts';
import { useUnseenCount } from './use-unseen-count.ts';

/** What a tab's badge shows (`text`; empty for a dot) and says to screen readers (`labels`,
 * each a phrase of its own). `attention` asks for the person's eyes; otherwise it is only
 * information (who is here). */
export interface SectionBadge {
  text: string;
  labels: string[];
  attention: boolean;
}

const NO_ANNOTATIONS: Readonly<Record<string, Annotation>> = {};

/** The badges of the bottom bar while `shown` is on screen: new comments, questions waiting
 * for my vote (or newly revealed results), and how many people are here. */
export function useSectionBadges(shown: SessionTab): Partial<Record<SessionTab, SectionBadge>> {
  const { t } = useTranslation();
  const newComments = useUnseenCount(useOthersCommentIds(), shown === 'comments');
  const session = useCurrentSession();
  const revealed = useMemo(() => revealedQuestionIds(session), [session]);
  const newResults = useUnseenCount(revealed, shown === 'vote') > 0;
  const votesWaiting = useSessionView(questionsAwaitingVote);
  const here = useSessionView((v) => Object.keys(v.presence).length);

  const badges: Partial<Record<SessionTab, SectionBadge>> = {};
  if (newComments > 0) {
    badges.comments = {
      text: badgeNumber(newComments),
      labels: [t(countKey(newComments, 'nav.newCommentsOne', 'nav.newCommentsMany'), { count: newComments })],
      attention: true,
    };
  }
  if (shown !== 'vote' && votesWaiting > 0) {
    const waiting = t(countKey(votesWaiting, 'nav.votesWaitingOne', 'nav.votesWaitingMany'), { count: votesWaiting });
    badges.vote = { text: badgeNumber(votesWaiting), labels: newResults ? [waiting, t('nav.newResults')] : [waiting], attention: true };
  } else if (newResults) {
    badges.vote = { text: '', labels: [t('nav.newResults')], attention: true };
  }
  if (here > 0) {
    badges.here = {
      text: badgeNumber(here),
      labels: [t(countKey(here, 'nav.peopleHereOne', 'nav.peopleHereMany'), { count: here })],
      attention: false,
    };
  }
  return badges;
}

/** Ids of the comments by others this person can read, recomputed only when the map changes. */
function useOthersCommentIds(): string[] {
  const annotations = useSessionView((v) => v.log?.annotations ?? NO_ANNOTATIONS);
  const participantId = useSessionView((v) => v.joined?.you.participantId);
  const role = useSessionView((v) => v.joined?.you.role);
  return useMemo(() => {
    if (!participantId || !role) return [];
    const viewer: Viewer = { participantId, role };
    return othersCommentIds(annotations, viewer);
  }, [annotations, participantId, role]);
}
