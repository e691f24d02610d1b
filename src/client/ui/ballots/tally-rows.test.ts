import { describe, expect, it } from 'vitest';
import { tallyQuestion } from '../../../core/domain/tally.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { ratingChart, shareChart, wholePercentages } from './tally-rows.ts';

const text = (en: string) => ({ zh: en, en });
const choices = ['a', 'b', 'c'].map((id) => ({ id, label: text(id) }));
const single: QuestionSpec = { id: 'pick', kind: 'single', prompt: text('Pick'), choices };
const rating: QuestionSpec = { id: 'rate', kind: 'rating', prompt: text('Rate'), choices };
const budget: QuestionSpec = { id: 'spend', kind: 'budget', prompt: text('Spend'), choices, budget: 10 };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('wholePercentages', () => {
  it('adds up to exactly 100 where plain rounding would not', () => {
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([2, 2, 2, 1])).toEqual([29, 29, 28, 14]);
    for (const values of [[1, 2, 3], [7, 0, 0, 1], [1, 1, 1, 1, 1, 1, 1], [999, 1]]) {
      expect(sum(wholePercentages(values))).toBe(100);
    }
  });

  it('is all zeros when nothing was counted', () => {
    expect(wholePercentages([0, 0])).toEqual([0, 0]);
    expect(wholePercentages([])).toEqual([]);
  });
});

describe('shareChart', () => {
  it('shows every choice in question order with counts, shares and the leader', () => {
    const tally = tallyQuestion('s', single, {
      p1: { kind: 'single', choiceId: 'b' },
      p2: { kind: 'single', choiceId: 'b' },
      p3: { kind: 'single', choiceId: 'a' },
    });
    const chart = shareChart(single, tally)!;
    expect(chart.rows.map((r) => [r.choiceId, r.value, r.percent])).toEqual([
      ['a', 1, 33],
      ['b', 2, 67],
      ['c', 0, 0],
    ]);
    expect(chart.total).toBe(3);
    expect(chart.leaders.map((r) => r.choiceId)).toEqual(['b']);
  });

  it('lists every leader in a tie', () => {
    const tally = tallyQuestion('s', single, { p1: { kind: 'single', choiceId: 'a' }, p2: { kind: 'single', choiceId: 'c' } });
    expect(shareChart(single, tally)!.leaders.map((r) => r.choiceId)).toEqual(['a', 'c']);
  });

  it('handles an empty tally: zeros, no leader', () => {
    const chart = shareChart(single, tallyQuestion('s', single, {}))!;
    expect(chart.total).toBe(0);
    expect(chart.rows.every((r) => r.value === 0 && r.percent === 0)).toBe(true);
    expect(chart.leaders).toEqual([]);
  });

  it('shows budget points per item, shares of all points given', () => {
    const tally = tallyQuestion('s', budget, {
      p1: { kind: 'budget', allocation: { a: 6, b: 4 } },
      p2: { kind: 'budget', allocation: { a: 2 } },
    });
    const chart = shareChart(budget, tally)!;
    expect(chart.rows.map((r) => [r.value, r.percent])).toEqual([
      [8, 67],
      [4, 33],
      [0, 0],
    ]);
    expect(chart.ballots).toBe(2);
  });

  it('treats a choice missing from the tally as zero and refuses a tally of another kind', () => {
    const tally = { sessionId: 's', questionId: 'pick', ballots: 1, kind: 'single' as const, counts: { a: 1 } };
    expect(shareChart(single, tally)!.rows.map((r) => r.value)).toEqual([1, 0, 0]);
    expect(shareChart(rating, tallyQuestion('s', rating, {}))).toBeNull();
  });
});

describe('ratingChart', () => {
  it('gives each choice its mean, count and a 1–5 histogram', () => {
    const tally = tallyQuestion('s', rating, {
      p1: { kind: 'rating', ratings: { a: 5, b: 2 } },
      p2: { kind: 'rating', ratings: { a: 4 } },
    });
    const chart = ratingChart(rating, tally)!;
    const a = chart.rows[0]!;
    expect(a.mean).toBe(4.5);
    expect(a.count).toBe(2);
    expect(a.histogram.map((bin) => [bin.rating, bin.count, bin.height])).toEqual([
      [1, 0, 0],
      [2, 0, 0],
      [3, 0, 0],
      [4, 1, 100],
      [5, 1, 100],
    ]);
    expect(chart.rows[2]!.mean).toBeNull();
    expect(chart.leaders.map((r) => r.choiceId)).toEqual(['a']);
  });

  it('has no leader while nobody has rated', () => {
    const chart = ratingChart(rating, tallyQuestion('s', rating, {}))!;
    expect(chart.leaders).toEqual([]);
    expect(chart.rows.every((r) => r.histogram.every((bin) => bin.height === 0))).toBe(true);
  });
});
