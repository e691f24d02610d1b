import { describe, expect, it } from 'vitest';
import { QuestionSpecSchema } from './question-spec.ts';

const text = (en: string) => ({ zh: `【${en}】`, en });
const choice = (id: string) => ({ id, label: text(`choice ${id}`) });

const single = {
  id: 'preferred-option',
  kind: 'single',
  prompt: text('Which option do you prefer?'),
  choices: [choice('garden-street'), choice('shared-street'), choice('existing')],
};
const rating = {
  id: 'option-rating',
  kind: 'rating',
  prompt: text('Rate each option'),
  choices: [choice('garden-street')],
};
const budget = {
  id: 'budget-priorities',
  kind: 'budget',
  prompt: text('Spend 10 points'),
  choices: [choice('trees'), choice('seating'), choice('lighting')],
  budget: 10,
};

function issuePaths(input: unknown): string[] {
  const result = QuestionSpecSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => issue.path.join('.'));
}

describe('QuestionSpecSchema', () => {
  it('accepts a single-choice, a rating and a budget question', () => {
    for (const question of [single, rating, budget]) {
      expect(QuestionSpecSchema.parse(question)).toEqual(question);
    }
  });

  it('narrows on kind', () => {
    const parsed = QuestionSpecSchema.parse(budget);
    expect(parsed.kind === 'budget' && parsed.budget).toBe(10);
  });

  it('rejects duplicate choice ids at the duplicate', () => {
    const paths = issuePaths({ ...single, choices: [choice('a'), choice('b'), choice('a')] });
    expect(paths).toEqual(['choices.2.id']);
  });

  it('rejects unknown fields, also inside choices and labels', () => {
    expect(issuePaths({ ...rating, multiple: true })).toEqual(['']);
    expect(issuePaths({ ...rating, choices: [{ ...choice('a'), colour: 'red' }] })).toEqual(['choices.0']);
    expect(issuePaths({ ...rating, prompt: { ...rating.prompt, fr: 'Notez' } })).toEqual(['prompt']);
  });

  it('rejects a budget field on a non-budget question', () => {
    expect(issuePaths({ ...single, budget: 10 })).toEqual(['']);
  });

  it('rejects bad slugs', () => {
    for (const id of ['Garden', '-garden', 'garden_street', '', 'a'.repeat(41), '花园']) {
      expect(issuePaths({ ...single, id })).toEqual(['id']);
      expect(issuePaths({ ...single, choices: [choice(id), choice('b')] })).toEqual(['choices.0.id']);
    }
    expect(QuestionSpecSchema.safeParse({ ...single, id: 'a'.repeat(40) }).success).toBe(true);
  });

  it('rejects a budget of 0, a fractional budget and one above 1000', () => {
    for (const value of [0, 2.5, 1001]) {
      expect(issuePaths({ ...budget, budget: value })).toEqual(['budget']);
    }
  });

  it('enforces the number of choices for each kind', () => {
    expect(issuePaths({ ...single, choices: [choice('a')] })).toEqual(['choices']);
    expect(issuePaths({ ...rating, choices: [] })).toEqual(['choices']);
    const many = (n: number) => Array.from({ length: n }, (_, i) => choice(`c${i}`));
    expect(QuestionSpecSchema.safeParse({ ...single, choices: many(12) }).success).toBe(true);
    expect(issuePaths({ ...single, choices: many(13) })).toEqual(['choices']);
    expect(QuestionSpecSchema.safeParse({ ...budget, choices: many(20) }).success).toBe(true);
    expect(issuePaths({ ...budget, choices: many(21) })).toEqual(['choices']);
  });

  it('rejects an unknown kind and empty localized text', () => {
    expect(issuePaths({ ...single, kind: 'ranking' })).toEqual(['kind']);
    expect(issuePaths({ ...single, prompt: { zh: '', en: 'Which?' } })).toEqual(['prompt.zh']);
  });
});
