import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text.ts';
import { SlugSchema } from '../protocol/primitives.ts';

/** Reports every item whose id was already used earlier in the list, at that item's `id`, so the
 * error path names the duplicate rather than the whole list. */
export function checkUniqueIds(what: string) {
  return (items: readonly { id: string }[], ctx: z.RefinementCtx): void => {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const earlier = firstIndex.get(item.id);
      if (earlier === undefined) {
        firstIndex.set(item.id, index);
      } else {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate ${what} id "${item.id}" (first used at index ${earlier})`,
          path: [index, 'id'],
        });
      }
    });
  };
}

export const ChoiceSchema = z
  .object({
    id: SlugSchema,
    label: LocalizedTextSchema,
  })
  .strict();

export type Choice = z.infer<typeof ChoiceSchema>;

function choiceList(min: number, max: number) {
  return z.array(ChoiceSchema).min(min).max(max).superRefine(checkUniqueIds('choice'));
}

/** Each choice of a 'rating' question gets a whole number on this scale. */
export const RATING_SCALE = { min: 1, max: 5 } as const;

export const SingleChoiceQuestionSchema = z
  .object({
    id: SlugSchema,
    kind: z.literal('single'),
    prompt: LocalizedTextSchema,
    choices: choiceList(2, 12),
  })
  .strict();

export const RatingQuestionSchema = z
  .object({
    id: SlugSchema,
    kind: z.literal('rating'),
    prompt: LocalizedTextSchema,
    // One choice is enough: "rate this option" is a fair question on its own.
    choices: choiceList(1, 12),
  })
  .strict();

export const BudgetQuestionSchema = z
  .object({
    id: SlugSchema,
    kind: z.literal('budget'),
    prompt: LocalizedTextSchema,
    choices: choiceList(1, 20),
    /** Points a participant may spread over the choices, at most this many in total. */
    budget: z.number().int().min(1).max(1000),
  })
  .strict();

/** A question to vote on: a site pack's default questions and the ones facilitators add to a
 * live session share this one definition. */
export const QuestionSpecSchema = z.discriminatedUnion('kind', [
  SingleChoiceQuestionSchema,
  RatingQuestionSchema,
  BudgetQuestionSchema,
]);

export type QuestionSpec = z.infer<typeof QuestionSpecSchema>;
export type QuestionKind = QuestionSpec['kind'];
