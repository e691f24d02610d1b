import type { z } from 'zod';
import { QuestionSpecSchema, type QuestionKind, type QuestionSpec } from '../../../core/site/question-spec.ts';

/** The add-question form as typed. One text per field by default; the English fields count
 * only when the facilitator opened "add an English version". */
export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  promptEn: string;
  choices: ChoiceDraft[];
  withEnglish: boolean;
  /** as typed, so "" and "abc" can be told apart from a number */
  budget: string;
}

export interface ChoiceDraft {
  label: string;
  labelEn: string;
}

/** The form asks for at least two choices (a question with one answer is rarely meant), and at
 * most what the question schema allows for the kind. */
export const MIN_CHOICE_FIELDS = 2;
export const MAX_CHOICES: Record<QuestionKind, number> = { single: 12, rating: 12, budget: 20 };
export const DEFAULT_BUDGET = '10';
/** As BudgetQuestionSchema allows; named here for the message that states the range. */
export const BUDGET_RANGE = { min: 1, max: 1000 } as const;

export function emptyQuestionDraft(): QuestionDraft {
  return {
    kind: 'single',
    prompt: '',
    promptEn: '',
    choices: [emptyChoice(), emptyChoice()],
    withEnglish: false,
    budget: DEFAULT_BUDGET,
  };
}

export function emptyChoice(): ChoiceDraft {
  return { label: '', labelEn: '' };
}

/** Where on the form a problem belongs: a field id the form can point at, or the whole form. */
export type ProblemField = 'prompt' | 'promptEn' | 'choices' | 'budget' | 'form' | `choice-${number}` | `choiceEn-${number}`;

/** Keys under `facilitator.problems`. */
export type ProblemMessage =
  | 'promptMissing'
  | 'promptEnMissing'
  | 'choiceMissing'
  | 'choiceEnMissing'
  | 'tooFewChoices'
  | 'tooManyChoices'
  | 'budgetRange'
  | 'invalid';

export interface FormProblem {
  field: ProblemField;
  message: ProblemMessage;
  /** interpolation values: n (1-based choice number), min, max */
  values?: Record<string, number>;
}

export type QuestionResult = { ok: true; spec: QuestionSpec } | { ok: false; problems: FormProblem[] };

/** `q-N` with N one past the number of questions, moved on until no question uses it: short,
 * readable in exports, and a slug the protocol accepts. */
export function nextQuestionId(existingIds: readonly string[]): string {
  const taken = new Set(existingIds);
  let n = existingIds.length + 1;
  while (taken.has(`q-${n}`)) n += 1;
  return `q-${n}`;
}

/** Builds the question to send and checks it with the same schema the server uses, so every
 * refusal is caught here and pointed at the field that caused it. */
export function questionFromDraft(draft: QuestionDraft, existingIds: readonly string[]): QuestionResult {
  const bilingual = (main: string, english: string) => {
    const zh = main.trim();
    return { zh, en: draft.withEnglish ? english.trim() : zh };
  };
  const candidate = {
    id: nextQuestionId(existingIds),
    kind: draft.kind,
    prompt: bilingual(draft.prompt, draft.promptEn),
    choices: draft.choices.map((c, i) => ({ id: `c-${i + 1}`, label: bilingual(c.label, c.labelEn) })),
    ...(draft.kind === 'budget' ? { budget: parseWholeNumber(draft.budget) } : {}),
  };
  const parsed = QuestionSpecSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, spec: parsed.data };
  return { ok: false, problems: uniqueByField(parsed.error.issues.map((issue) => problemAt(issue, draft.withEnglish))) };
}

/** "12" → 12; anything else (blank, "1.5", "十") → NaN, which the schema refuses at `budget`. */
function parseWholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function problemAt(issue: z.core.$ZodIssue, withEnglish: boolean): FormProblem {
  const [head, index] = issue.path;
  // paths look like prompt.en or choices.2.label.en; the English field exists only when opened
  const english = withEnglish && issue.path[issue.path.length - 1] === 'en';
  if (head === 'prompt') {
    return english ? { field: 'promptEn', message: 'promptEnMissing' } : { field: 'prompt', message: 'promptMissing' };
  }
  if (head === 'choices' && typeof index === 'number') {
    const values = { n: index + 1 };
    return english ? { field: `choiceEn-${index}`, message: 'choiceEnMissing', values } : { field: `choice-${index}`, message: 'choiceMissing', values };
  }
  if (head === 'choices' && issue.code === 'too_small') return { field: 'choices', message: 'tooFewChoices', values: { min: Number(issue.minimum) } };
  if (head === 'choices' && issue.code === 'too_big') return { field: 'choices', message: 'tooManyChoices', values: { max: Number(issue.maximum) } };
  if (head === 'budget') return { field: 'budget', message: 'budgetRange', values: BUDGET_RANGE };
  return { field: 'form', message: 'invalid' };
}

/** Without an English version both languages come from one field, so one blank field breaks
 * both: say it once. */
function uniqueByField(problems: FormProblem[]): FormProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.field) && seen.add(p.field));
}
