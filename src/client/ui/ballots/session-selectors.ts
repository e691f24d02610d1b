import type { QuestionState, SessionState } from '../../../core/domain/state.ts';
import type { Tally } from '../../../core/domain/tally.ts';
import type { Ballot } from '../../../core/protocol/ops.ts';
import type { Role } from '../../../core/protocol/primitives.ts';
import { useSessionView } from '../../state/session-store.ts';
import { pendingBallot } from '../ops/pending-ballot.ts';

// Thin reads of the session store for the ballot and facilitator panels. Each returns an object
// the store already holds (never a new one), so zustand re-renders only on real changes.

const NO_QUESTIONS: readonly QuestionState[] = [];

/** This meeting's state (stage, status, questions) as folded from the site's log. */
export function useCurrentSession(): SessionState | undefined {
  return useSessionView((v) => (v.joined ? v.log?.sessions[v.joined.session.id] : undefined));
}

export function useQuestions(): readonly QuestionState[] {
  return useCurrentSession()?.questions ?? NO_QUESTIONS;
}

export function useMyRole(): Role | undefined {
  return useSessionView((v) => v.joined?.you.role);
}

export function useIsFacilitator(): boolean {
  return useMyRole() === 'facilitator';
}

/** My ballot on a question of this session: the log holds only my own ballots. */
export function useMyBallot(questionId: string): Ballot | undefined {
  return useSessionView((v) => {
    if (!v.joined) return undefined;
    return v.log?.ballots[v.joined.session.id]?.[questionId]?.[v.joined.you.participantId];
  });
}

/** My ballot on a question still waiting in the outbox (see pendingBallot). */
export function usePendingBallot(questionId: string): Ballot | undefined {
  return useSessionView((v) => pendingBallot(v, questionId));
}

/** The tally of a question, when the server let me have it. */
export function useTally(questionId: string): Tally | undefined {
  return useSessionView((v) => v.tallies[questionId]);
}
