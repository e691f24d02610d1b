import type { Ballot } from '../protocol/ops.ts';
import type { QuestionSpec } from '../site/question-spec.ts';

/** Why a ballot does not fit its question, or null when it does. */
export function ballotProblem(spec: QuestionSpec, ballot: Ballot): string | null {
  if (ballot.kind !== spec.kind) return `question "${spec.id}" takes a ${spec.kind} ballot`;
  const choiceIds = new Set(spec.choices.map((c) => c.id));
  const unknown = (ids: string[]) => ids.find((id) => !choiceIds.has(id));
  switch (ballot.kind) {
    case 'single':
      return choiceIds.has(ballot.choiceId) ? null : `unknown choice "${ballot.choiceId}"`;
    case 'rating': {
      const ids = Object.keys(ballot.ratings);
      if (ids.length === 0) return 'rate at least one choice';
      const bad = unknown(ids);
      return bad ? `unknown choice "${bad}"` : null;
    }
    case 'budget': {
      const ids = Object.keys(ballot.allocation);
      const bad = unknown(ids);
      if (bad) return `unknown choice "${bad}"`;
      const spent = Object.values(ballot.allocation).reduce((a, b) => a + b, 0);
      const budget = spec.kind === 'budget' ? spec.budget : 0;
      return spent > budget ? `${spent} points spent, at most ${budget} allowed` : null;
    }
  }
}
