import type { Ballot } from '../protocol/ops.ts';
import type { QuestionSpec } from '../site/question-spec.ts';

interface TallyBase {
  sessionId: string;
  questionId: string;
  /** number of ballots counted */
  ballots: number;
}

export interface RatingSummary {
  count: number;
  /** null while nobody rated this choice */
  mean: number | null;
  /** counts of ratings 1..5 at index 0..4 */
  histogram: [number, number, number, number, number];
}

export type Tally =
  | (TallyBase & { kind: 'single'; counts: Record<string, number> })
  | (TallyBase & { kind: 'rating'; ratings: Record<string, RatingSummary> })
  | (TallyBase & { kind: 'budget'; budget: number; points: Record<string, number> });

/** Derives a question's result from its ballots (participantId → ballot). Pure; the server
 * calls it after ballots change and broadcasts the outcome. Ballots of another kind are ignored. */
export function tallyQuestion(sessionId: string, spec: QuestionSpec, ballots: Record<string, Ballot>): Tally {
  const all = Object.values(ballots).filter((b) => b.kind === spec.kind);
  const zeroes = () => Object.fromEntries(spec.choices.map((c) => [c.id, 0])) as Record<string, number>;
  const base = { sessionId, questionId: spec.id, ballots: all.length };
  switch (spec.kind) {
    case 'single': {
      const counts = zeroes();
      for (const b of all) if (b.kind === 'single' && b.choiceId in counts) counts[b.choiceId]! += 1;
      return { ...base, kind: 'single', counts };
    }
    case 'rating': {
      const ratings: Record<string, RatingSummary> = {};
      for (const choice of spec.choices) {
        const histogram: RatingSummary['histogram'] = [0, 0, 0, 0, 0];
        let sum = 0;
        let count = 0;
        for (const b of all) {
          const r = b.kind === 'rating' ? b.ratings[choice.id] : undefined;
          if (r === undefined) continue;
          histogram[r - 1]! += 1;
          sum += r;
          count += 1;
        }
        ratings[choice.id] = { count, mean: count ? sum / count : null, histogram };
      }
      return { ...base, kind: 'rating', ratings };
    }
    case 'budget': {
      const points = zeroes();
      for (const b of all) {
        if (b.kind !== 'budget') continue;
        for (const [id, p] of Object.entries(b.allocation)) if (id in points) points[id]! += p;
      }
      return { ...base, kind: 'budget', budget: spec.budget, points };
    }
  }
}
