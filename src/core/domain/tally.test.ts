import { describe, expect, it } from 'vitest';
import type { Ballot } from '../protocol/ops.ts';
import { tallyQuestion } from './tally.ts';
import { BUDGET_PRIORITIES, OPTION_RATING, PREFERRED_OPTION, SESSION_ID, ballots, testId } from './test-fixtures.ts';

/** Ballots keyed by made-up participant ids, in the order given. */
const byVoter = (...list: Ballot[]): Record<string, Ballot> =>
  Object.fromEntries(list.map((ballot, i) => [testId(0xb000 + i), ballot]));

describe('tallyQuestion: single choice', () => {
  it('counts each choice, with zeroes for choices nobody picked', () => {
    const tally = tallyQuestion(
      SESSION_ID,
      PREFERRED_OPTION,
      byVoter(ballots.single('garden-street'), ballots.single('garden-street'), ballots.single('existing')),
    );
    expect(tally).toEqual({
      sessionId: SESSION_ID,
      questionId: 'preferred-option',
      kind: 'single',
      ballots: 3,
      counts: { 'garden-street': 2, 'shared-street': 0, existing: 1 },
    });
  });

  it('gives all zeroes before anyone votes', () => {
    expect(tallyQuestion(SESSION_ID, PREFERRED_OPTION, {})).toMatchObject({
      ballots: 0,
      counts: { 'garden-street': 0, 'shared-street': 0, existing: 0 },
    });
  });
});

describe('tallyQuestion: rating', () => {
  it('builds a histogram and mean per choice, counting only those who rated it', () => {
    const tally = tallyQuestion(
      SESSION_ID,
      OPTION_RATING,
      byVoter(
        ballots.rating({ 'garden-street': 5, 'shared-street': 2 }),
        ballots.rating({ 'garden-street': 4 }),
        ballots.rating({ 'garden-street': 5, 'shared-street': 1 }),
      ),
    );
    expect(tally).toEqual({
      sessionId: SESSION_ID,
      questionId: 'option-rating',
      kind: 'rating',
      ballots: 3,
      ratings: {
        'garden-street': { count: 3, mean: 14 / 3, histogram: [0, 0, 0, 1, 2] },
        'shared-street': { count: 2, mean: 1.5, histogram: [1, 1, 0, 0, 0] },
      },
    });
  });

  it('gives a null mean to a choice nobody rated', () => {
    const tally = tallyQuestion(SESSION_ID, OPTION_RATING, byVoter(ballots.rating({ 'garden-street': 3 })));
    expect(tally.kind === 'rating' && tally.ratings['shared-street']).toEqual({ count: 0, mean: null, histogram: [0, 0, 0, 0, 0] });
  });
});

describe('tallyQuestion: budget', () => {
  it('sums the points per choice and reports the budget', () => {
    const tally = tallyQuestion(
      SESSION_ID,
      BUDGET_PRIORITIES,
      byVoter(
        ballots.budget({ 'trees-shade': 6, seating: 4 }),
        ballots.budget({ 'trees-shade': 2, lighting: 8 }),
        ballots.budget({}),
      ),
    );
    expect(tally).toEqual({
      sessionId: SESSION_ID,
      questionId: 'budget-priorities',
      kind: 'budget',
      ballots: 3,
      budget: 10,
      points: { 'trees-shade': 8, seating: 4, lighting: 8 },
    });
  });
});

describe('tallyQuestion: ballots of another kind', () => {
  const mixed = byVoter(
    ballots.single('garden-street'),
    ballots.rating({ 'garden-street': 1 }),
    ballots.budget({ seating: 10 }),
  );

  it.each([
    [PREFERRED_OPTION, { counts: { 'garden-street': 1, 'shared-street': 0, existing: 0 } }],
    [OPTION_RATING, { ratings: { 'garden-street': { count: 1, mean: 1, histogram: [1, 0, 0, 0, 0] }, 'shared-street': { count: 0, mean: null, histogram: [0, 0, 0, 0, 0] } } }],
    [BUDGET_PRIORITIES, { points: { 'trees-shade': 0, seating: 10, lighting: 0 } }],
  ])('are ignored by $id, which counts one ballot', (spec, expected) => {
    expect(tallyQuestion(SESSION_ID, spec, mixed)).toMatchObject({ ballots: 1, ...expected });
  });
});

it('tallyQuestion leaves its ballots untouched', () => {
  const input = byVoter(ballots.budget({ seating: 3 }));
  const copy = structuredClone(input);
  tallyQuestion(SESSION_ID, BUDGET_PRIORITIES, input);
  expect(input).toEqual(copy);
});
