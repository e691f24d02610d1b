import type { Annotation, SessionState, Viewer } from '../../../core/domain/state.ts';
import { canSeeAnnotation } from '../../../core/domain/visibility.ts';
import type { SessionView } from '../../state/session-view.ts';

// What the bottom bar's badges count. Pure functions of the session view, so they are tested
// here and the bar stays a thin view of them.

/** Comments and replies by other people that this viewer can read now: the ones a badge may
 * call new. Deleted ones say nothing, and one's own are never news. */
export function othersCommentIds(annotations: Readonly<Record<string, Annotation>>, viewer: Viewer): string[] {
  const ids: string[] = [];
  for (const a of Object.values(annotations)) {
    if (a.deleted || a.authorId === viewer.participantId) continue;
    if (canSeeAnnotation(a, viewer, annotations)) ids.push(a.id);
  }
  return ids;
}

/** Questions of this meeting whose results everyone has been shown. */
export function revealedQuestionIds(session: SessionState | undefined): string[] {
  return session ? session.questions.filter((q) => q.revealed).map((q) => q.spec.id) : [];
}

/** Open questions this resident may vote on and has not: no ballot in the log, and none still
 * on its way in the outbox (a vote cast offline counts as cast). Observers cannot vote, and a
 * facilitator runs the vote rather than casting one: neither is nagged. */
export function questionsAwaitingVote(view: SessionView): number {
  const { joined, log } = view;
  if (!joined || joined.you.role !== 'participant') return 0;
  const session = log?.sessions[joined.session.id];
  if (!session || session.status === 'closed') return 0;
  const mine = log?.ballots[joined.session.id];
  let waiting = 0;
  for (const { spec, status } of session.questions) {
    if (status !== 'open' || mine?.[spec.id]?.[joined.you.participantId]) continue;
    const queued = view.outbox.some((change) => change.body.type === 'ballot.cast' && change.body.payload.questionId === spec.id);
    if (!queued) waiting += 1;
  }
  return waiting;
}

/** How many of `ids` are not in `seen`. */
export function unseenCount(ids: readonly string[], seen: ReadonlySet<string>): number {
  let count = 0;
  for (const id of ids) if (!seen.has(id)) count += 1;
  return count;
}

/** A badge number that stays small on a 72 px tab. */
export function badgeNumber(count: number): string {
  return count > 99 ? '99+' : String(count);
}
