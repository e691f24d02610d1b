import { describe, expect, it } from 'vitest';
import { RATING_SCALE, type QuestionSpec } from '../../../core/site/question-spec.ts';
import { RATING_VALUES, draftFor, draftProblem, draftToBallot } from './ballot-draft.ts';
import { pointsLeft, stepPoints } from './budget-points.ts';

const text = (en: string) => ({ zh: en, en });
const choices = ['garden', 'shared', 'existing'].map((id) => ({ id, label: text(id) }));
const single: QuestionSpec = { id: 'pick', kind: 'single', prompt: text('Pick'), choices };
const rating: QuestionSpec = { id: 'rate', kind: 'rating', prompt: text('Rate'), choices };
const budget: QuestionSpec = { id: 'spend', kind: 'budget', prompt: text('Spend'), choices, budget: 5 };

describe('ballot drafts', () => {
  it('start empty, or from my current ballot so a change begins where I left off', () => {
    expect(draftFor(single, undefined)).toEqual({ kind: 'single', choiceId: null });
    expect(draftFor(single, { kind: 'single', choiceId: 'shared' })).toEqual({ kind: 'single', choiceId: 'shared' });
    expect(draftFor(rating, { kind: 'rating', ratings: { garden: 4 } })).toEqual({ kind: 'rating', ratings: { garden: 4 } });
    expect(draftFor(budget, { kind: 'budget', allocation: { garden: 2 } })).toEqual({ kind: 'budget', allocation: { garden: 2 } });
  });

  it('ignore a current ballot of another kind', () => {
    expect(draftFor(rating, { kind: 'single', choiceId: 'garden' })).toEqual({ kind: 'rating', ratings: {} });
  });

  it('say what is missing before anything is sent', () => {
    expect(draftProblem(single, { kind: 'single', choiceId: null })).toBe('chooseOne');
    expect(draftProblem(rating, { kind: 'rating', ratings: {} })).toBe('rateOne');
    expect(draftProblem(budget, { kind: 'budget', allocation: { garden: 4, shared: 2 } })).toBe('overBudget');
  });

  it('defer to the shared ballot rule for anything else the server would refuse', () => {
    expect(draftProblem(single, { kind: 'single', choiceId: 'nowhere' })).toBe('doesNotFit');
    expect(draftProblem(rating, { kind: 'rating', ratings: { nowhere: 3 } })).toBe('doesNotFit');
    expect(draftProblem(single, { kind: 'rating', ratings: { garden: 3 } })).toBe('doesNotFit');
  });

  it('become the ballot the protocol expects', () => {
    expect(draftToBallot(single, { kind: 'single', choiceId: 'garden' })).toEqual({ ok: true, ballot: { kind: 'single', choiceId: 'garden' } });
    // unrated choices are allowed: only what was rated is sent
    expect(draftToBallot(rating, { kind: 'rating', ratings: { shared: 5 } })).toEqual({
      ok: true,
      ballot: { kind: 'rating', ratings: { shared: 5 } },
    });
    expect(draftToBallot(single, { kind: 'single', choiceId: null })).toEqual({ ok: false, problem: 'chooseOne' });
  });

  it('leave zero-point items out of a budget ballot, and accept giving no points at all', () => {
    expect(draftToBallot(budget, { kind: 'budget', allocation: { garden: 0, shared: 3 } })).toEqual({
      ok: true,
      ballot: { kind: 'budget', allocation: { shared: 3 } },
    });
    expect(draftToBallot(budget, { kind: 'budget', allocation: {} })).toEqual({ ok: true, ballot: { kind: 'budget', allocation: {} } });
  });

  it('spell out exactly the rating scale of the question schema', () => {
    expect(RATING_VALUES[0]).toBe(RATING_SCALE.min);
    expect(RATING_VALUES.at(-1)).toBe(RATING_SCALE.max);
    expect(RATING_VALUES).toHaveLength(RATING_SCALE.max - RATING_SCALE.min + 1);
  });
});

describe('budget steppers', () => {
  it('add and remove one point at a time and report what is left', () => {
    let allocation: Record<string, number> = {};
    allocation = stepPoints(5, allocation, 'garden', 1);
    allocation = stepPoints(5, allocation, 'garden', 1);
    allocation = stepPoints(5, allocation, 'shared', 1);
    expect(allocation).toEqual({ garden: 2, shared: 1 });
    expect(pointsLeft(5, allocation)).toBe(2);
    expect(stepPoints(5, allocation, 'shared', -1)).toEqual({ garden: 2 });
  });

  it('cannot overspend or go below zero', () => {
    const full = { garden: 5 };
    expect(stepPoints(5, full, 'shared', 1)).toBe(full);
    expect(stepPoints(5, {}, 'garden', -1)).toEqual({});
    expect(pointsLeft(5, { garden: 7 })).toBe(0);
  });
});
