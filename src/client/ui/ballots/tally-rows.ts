import type { LocalizedText } from '../../../core/i18n-text.ts';
import type { Tally } from '../../../core/domain/tally.ts';
import type { QuestionSpec } from '../../../core/site/question-spec.ts';
import { RATING_VALUES, type RatingValue } from './ballot-draft.ts';

/** One bar: a choice, its count (votes or points) and its whole-number share of the total. */
export interface ShareRow {
  choiceId: string;
  label: LocalizedText;
  value: number;
  percent: number;
}

export interface ShareChart {
  /** votes (single) or points given (budget) over all choices */
  total: number;
  /** people whose ballots were counted */
  ballots: number;
  rows: ShareRow[];
  /** the rows with the highest value, none while everything is zero (ties are all listed) */
  leaders: ShareRow[];
}

export interface RatingBin {
  rating: RatingValue;
  count: number;
  /** 0–100, relative to the tallest column of this choice, so a small crowd still shows a shape */
  height: number;
}

export interface RatingRow {
  choiceId: string;
  label: LocalizedText;
  /** people who rated this choice */
  count: number;
  mean: number | null;
  histogram: RatingBin[];
}

export interface RatingChart {
  ballots: number;
  rows: RatingRow[];
  leaders: RatingRow[];
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder): plain rounding can show
 * 33 + 33 + 33 = 99 on a projector, and someone in the room will ask where 1% went.
 * All zeros when the total is zero.
 */
export function wholePercentages(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v * 100) / total);
  const floors = exact.map(Math.floor);
  let missing = 100 - floors.reduce((a, b) => a + b, 0);
  // hand the missing points to the biggest remainders; earlier choices win ties, so it is stable
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    floors[i]! += 1;
  }
  return floors;
}

/** Bars for a single-choice or budget tally, in the question's choice order. Null when the
 * tally does not belong to this kind of question (e.g. mid-update after a change). */
export function shareChart(spec: QuestionSpec, tally: Tally): ShareChart | null {
  const counts = tally.kind === 'single' ? tally.counts : tally.kind === 'budget' ? tally.points : null;
  if (!counts || tally.kind !== spec.kind) return null;
  const values = spec.choices.map((c) => counts[c.id] ?? 0);
  const percents = wholePercentages(values);
  const rows = spec.choices.map((c, i) => ({ choiceId: c.id, label: c.label, value: values[i]!, percent: percents[i]! }));
  const top = Math.max(0, ...values);
  return {
    total: values.reduce((a, b) => a + b, 0),
    ballots: tally.ballots,
    rows,
    leaders: top > 0 ? rows.filter((r) => r.value === top) : [],
  };
}

/** Mean and a 1–5 histogram per choice of a rating tally; null for another kind. */
export function ratingChart(spec: QuestionSpec, tally: Tally): RatingChart | null {
  if (tally.kind !== 'rating' || spec.kind !== 'rating') return null;
  const rows = spec.choices.map((c): RatingRow => {
    const summary = tally.ratings[c.id];
    const counts = RATING_VALUES.map((_, i) => summary?.histogram[i] ?? 0);
    const tallest = Math.max(0, ...counts);
    return {
      choiceId: c.id,
      label: c.label,
      count: summary?.count ?? 0,
      mean: summary?.mean ?? null,
      histogram: RATING_VALUES.map((rating, i) => ({ rating, count: counts[i]!, height: tallest ? Math.round((counts[i]! * 100) / tallest) : 0 })),
    };
  });
  const means = rows.flatMap((r) => (r.mean === null ? [] : [r.mean]));
  const best = means.length ? Math.max(...means) : null;
  return { ballots: tally.ballots, rows, leaders: best === null ? [] : rows.filter((r) => r.mean === best) };
}
