import { ballotProblem } from '../../../core/domain/ballot-rules.ts';
import type { Ballot } from '../../../core/protocol/ops.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { pointsSpent } from './budget-points.ts';

/** What the person has picked so far. Unlike a Ballot it may be incomplete ("nothing chosen
 * yet"), so the form can hold it while the person is still deciding. */
export type BallotDraft =
  | { kind: 'single'; choiceId: string | null }
  | { kind: 'rating'; ratings: Record<string, number> }
  | { kind: 'budget'; allocation: Record<string, number> };

/** Why a draft cannot be sent yet; each has a message under `ballots.problems.<key>`. */
export type DraftProblem = 'chooseOne' | 'rateOne' | 'overBudget' | 'doesNotFit';

/** The rating scale spelled out (RATING_SCALE is 1–5; a test keeps the two in step), so each
 * value can key its words (很不满意…很满意) in the locales. */
export type RatingValue = 1 | 2 | 3 | 4 | 5;
export const RATING_VALUES: readonly RatingValue[] = [1, 2, 3, 4, 5];

/** The points a budget question lets each person spread (0 for other kinds). */
export function budgetOf(spec: QuestionSpec): number {
  return spec.kind === 'budget' ? spec.budget : 0;
}

/** Starts from my current ballot, so "change my vote" begins where I left off; else empty.
 * A ballot of another kind (the question was replaced) is ignored rather than half-used. */
export function draftFor(spec: QuestionSpec, current: Ballot | undefined): BallotDraft {
  const mine = current?.kind === spec.kind ? current : undefined;
  switch (spec.kind) {
    case 'single':
      return { kind: 'single', choiceId: mine?.kind === 'single' ? mine.choiceId : null };
    case 'rating':
      return { kind: 'rating', ratings: mine?.kind === 'rating' ? { ...mine.ratings } : {} };
    case 'budget':
      return { kind: 'budget', allocation: mine?.kind === 'budget' ? { ...mine.allocation } : {} };
  }
}

/** The friendliest reason a draft cannot be sent, or null. The shared domain rule
 * (`ballotProblem`, the same check the server runs) has the last word, so the client never
 * sends what the server would refuse as INVALID_BALLOT. */
export function draftProblem(spec: QuestionSpec, draft: BallotDraft): DraftProblem | null {
  if (draft.kind === 'single' && draft.choiceId === null) return 'chooseOne';
  if (draft.kind === 'rating' && Object.keys(draft.ratings).length === 0) return 'rateOne';
  if (draft.kind === 'budget' && pointsSpent(draft.allocation) > budgetOf(spec)) return 'overBudget';
  const ballot = asBallot(draft);
  return ballot && ballotProblem(spec, ballot) === null ? null : 'doesNotFit';
}

export type DraftResult = { ok: true; ballot: Ballot } | { ok: false; problem: DraftProblem };

/** Turns a finished draft into the ballot to cast, or says what is still missing. */
export function draftToBallot(spec: QuestionSpec, draft: BallotDraft): DraftResult {
  const problem = draftProblem(spec, draft);
  const ballot = asBallot(draft);
  return problem === null && ballot ? { ok: true, ballot } : { ok: false, problem: problem ?? 'doesNotFit' };
}

function asBallot(draft: BallotDraft): Ballot | null {
  switch (draft.kind) {
    case 'single':
      return draft.choiceId === null ? null : { kind: 'single', choiceId: draft.choiceId };
    case 'rating':
      return { kind: 'rating', ratings: { ...draft.ratings } };
    case 'budget':
      // zero entries say nothing: leave them out so the ballot stays minimal
      return { kind: 'budget', allocation: Object.fromEntries(Object.entries(draft.allocation).filter(([, p]) => p > 0)) };
  }
}
