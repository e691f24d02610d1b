import { describe, expect, it } from 'vitest';
import { QuestionSpecSchema } from '../../../core/site/question-spec.ts';
import { emptyQuestionDraft, nextQuestionId, questionFromDraft, type QuestionDraft } from './question-draft.ts';

function draft(overrides: Partial<QuestionDraft>): QuestionDraft {
  return { ...emptyQuestionDraft(), ...overrides };
}
const twoChoices = [
  { label: '  更多树  ', labelEn: '' },
  { label: '更多座椅', labelEn: '' },
];

describe('question drafts', () => {
  it('fill both languages from the one text typed, trimmed', () => {
    const result = questionFromDraft(draft({ prompt: ' 您更想要什么？ ', choices: twoChoices }), []);
    expect(result).toEqual({
      ok: true,
      spec: {
        id: 'q-1',
        kind: 'single',
        prompt: { zh: '您更想要什么？', en: '您更想要什么？' },
        choices: [
          { id: 'c-1', label: { zh: '更多树', en: '更多树' } },
          { id: 'c-2', label: { zh: '更多座椅', en: '更多座椅' } },
        ],
      },
    });
  });

  it('use the English version when one was opened', () => {
    const result = questionFromDraft(
      draft({
        kind: 'rating',
        withEnglish: true,
        prompt: '打分',
        promptEn: 'Rate',
        choices: [
          { label: '树', labelEn: 'Trees' },
          { label: '椅', labelEn: 'Seats' },
        ],
      }),
      [],
    );
    expect(result.ok && result.spec.prompt).toEqual({ zh: '打分', en: 'Rate' });
    expect(result.ok && result.spec.choices.map((c) => c.label.en)).toEqual(['Trees', 'Seats']);
  });

  it('make ids that are unique in the session and valid slugs', () => {
    expect(nextQuestionId([])).toBe('q-1');
    expect(nextQuestionId(['preferred-option', 'option-rating'])).toBe('q-3');
    expect(nextQuestionId(['q-2', 'q-3'])).toBe('q-4');
    const existing = ['q-1', 'q-2', 'x'];
    const result = questionFromDraft(draft({ prompt: 'P', choices: [...twoChoices, { label: 'C', labelEn: '' }] }), existing);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(existing).not.toContain(result.spec.id);
    expect(new Set(result.spec.choices.map((c) => c.id)).size).toBe(3);
    expect(QuestionSpecSchema.safeParse(result.spec).success).toBe(true);
  });

  it('carry the budget for budget questions only', () => {
    const budget = questionFromDraft(draft({ kind: 'budget', prompt: 'P', choices: twoChoices, budget: ' 20 ' }), []);
    expect(budget.ok && budget.spec.kind === 'budget' && budget.spec.budget).toBe(20);
    const single = questionFromDraft(draft({ prompt: 'P', choices: twoChoices, budget: 'nonsense' }), []);
    expect(single.ok && 'budget' in single.spec).toBe(false);
  });

  it('point each problem at its field, once', () => {
    const result = questionFromDraft(draft({ prompt: '   ', choices: [{ label: 'A', labelEn: '' }, { label: '', labelEn: '' }] }), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { field: 'prompt', message: 'promptMissing' },
      { field: 'choice-1', message: 'choiceMissing', values: { n: 2 } },
    ]);
  });

  it('name the missing English fields when an English version was opened', () => {
    const result = questionFromDraft(
      draft({ withEnglish: true, prompt: '问', promptEn: '', choices: [{ label: '甲', labelEn: 'A' }, { label: '乙', labelEn: ' ' }] }),
      [],
    );
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['promptEn', 'choiceEn-1']);
  });

  it('refuse a budget that is not a whole number from 1 to 1000', () => {
    for (const budget of ['', '0', '1.5', '1001', '十']) {
      const result = questionFromDraft(draft({ kind: 'budget', prompt: 'P', choices: twoChoices, budget }), []);
      expect(!result.ok && result.problems, budget).toEqual([{ field: 'budget', message: 'budgetRange', values: { min: 1, max: 1000 } }]);
    }
  });

  it('say how many choices a single-choice question needs', () => {
    const result = questionFromDraft(draft({ prompt: 'P', choices: [{ label: 'A', labelEn: '' }] }), []);
    expect(!result.ok && result.problems).toEqual([{ field: 'choices', message: 'tooFewChoices', values: { min: 2 } }]);
  });
});
