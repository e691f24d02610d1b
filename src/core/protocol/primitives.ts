import { z } from 'zod';
import { codePointLength } from '../text/code-points.ts';

/** Client-made ids (opIds, annotation ids): UUIDs, v7 recommended so they sort by time. */
export const IdSchema = z.uuid();
export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lowercase letters, digits and dashes');

export const STAGES = ['hearing', 'coordination', 'evaluation'] as const;
export const StageSchema = z.enum(STAGES);
export type Stage = z.infer<typeof StageSchema>;

export const CATEGORIES = ['idea', 'concern', 'like', 'question'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** Roles a person can ask for when joining; 'facilitator' comes only from the facilitator key. */
export const JOIN_ROLES = ['participant', 'observer'] as const;
export type Role = (typeof JOIN_ROLES)[number] | 'facilitator';

export const MODES = ['ar', 'twin', 'map', 'hearing'] as const;
export const ModeSchema = z.enum(MODES);
export type Mode = z.infer<typeof ModeSchema>;

export const MAX_TEXT_CODE_POINTS = 500;
export const MAX_NAME_CODE_POINTS = 40;

/** whitespace and zero-width characters: text made only of these is blank */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/gu;

function boundedText(max: number) {
  return z
    .string()
    .refine((s) => s.replace(INVISIBLE, '').length > 0, 'must not be blank')
    .refine((s) => codePointLength(s) <= max, `at most ${max} characters`);
}

export const TextSchema = boundedText(MAX_TEXT_CODE_POINTS);
export const DisplayNameSchema = boundedText(MAX_NAME_CODE_POINTS);
export const TitleSchema = boundedText(80);

/** Canonical place on the site: WGS-84 plus metres above ground, optionally on a site object. */
export const PositionSchema = z
  .object({
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    height: z.number().min(-20).max(300),
    objectId: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/).optional(),
  })
  .strict();
export type Position = z.infer<typeof PositionSchema>;
