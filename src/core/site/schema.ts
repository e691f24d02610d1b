import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text.ts';
import { SlugSchema } from '../protocol/primitives.ts';
import { QuestionSpecSchema, checkUniqueIds } from './question-spec.ts';

// Rules live on the fields, not on SitePackSchema itself, so it stays a plain object schema that
// later parts of the format can grow with `.extend({...})`: zod refuses `.pick`, `.omit` and
// redefining a field on an object schema that carries its own refinements.

export const SITE_PACK_FORMAT_VERSION = 1;

/** The site's reference point: the scene frame's (0, 0, 0). */
export const SiteOriginSchema = z
  .object({
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    height: z.number().optional(),
  })
  .strict();

function isKnownTimeZone(timeZone: string): boolean {
  // Intl.supportedValuesOf is not in the ES2023 typings, and constructing a formatter is the
  // test every runtime agrees on: it throws a RangeError for a zone it does not know.
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** IANA time zone name, e.g. "Asia/Shanghai": sun position and dates shown on the site. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .refine(isKnownTimeZone, { message: 'unknown time zone: use an IANA name such as "Asia/Shanghai"' });

export const ProvenanceSchema = z
  .object({
    /** 'illustrative' geometry is drawn for discussion, not measured: the app says so. */
    geometry: z.enum(['illustrative', 'surveyed', 'mixed']),
    note: LocalizedTextSchema,
    licence: z.string().min(1),
  })
  .strict();

export const CostEstimateSchema = z
  .object({
    amount: z.number().min(0),
    currency: z.literal('CNY'),
  })
  .strict();

export const DesignOptionSchema = z
  .object({
    id: SlugSchema,
    /** Marks the street as it is today, the baseline every other option is compared with. */
    existing: z.boolean().optional(),
    name: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    /** What a person standing on the street would see: the option for anyone without 3D. */
    altText: LocalizedTextSchema,
    costEstimate: CostEstimateSchema.optional(),
  })
  .strict();

function checkExactlyOneExisting(options: readonly { existing?: boolean | undefined }[], ctx: z.RefinementCtx): void {
  const existingIndexes = options.flatMap((option, index) => (option.existing === true ? [index] : []));
  const [first, ...extra] = existingIndexes;
  if (first === undefined) {
    ctx.addIssue({ code: 'custom', message: 'one option must be the existing state ("existing": true); none is' });
  }
  for (const index of extra) {
    ctx.addIssue({
      code: 'custom',
      message: `only one option may be the existing state; options[${first}] already is`,
      path: [index, 'existing'],
    });
  }
}

export const DesignOptionListSchema = z
  .array(DesignOptionSchema)
  .min(2)
  .max(8)
  .superRefine(checkUniqueIds('option'))
  .superRefine(checkExactlyOneExisting);

export const SitePackSchema = z
  .object({
    formatVersion: z.literal(SITE_PACK_FORMAT_VERSION),
    id: SlugSchema,
    name: LocalizedTextSchema,
    district: LocalizedTextSchema.optional(),
    origin: SiteOriginSchema,
    timeZone: TimeZoneSchema,
    provenance: ProvenanceSchema,
    options: DesignOptionListSchema,
    // Choice ids need not name options: a question may ask about anything (trees, lighting...).
    questions: z.array(QuestionSpecSchema).superRefine(checkUniqueIds('question')),
  })
  .strict();

export type SiteOrigin = z.infer<typeof SiteOriginSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type CostEstimate = z.infer<typeof CostEstimateSchema>;
export type DesignOption = z.infer<typeof DesignOptionSchema>;
export type SitePack = z.infer<typeof SitePackSchema>;

/** `["options", 1, "name", "en"]` → `options[1].name.en`, the way a planner would look it up. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text === '' ? '(root)' : text;
}

/** One line per problem, each starting with the JSON path it concerns. */
export function formatSiteErrors(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) => {
    // zod reports all unknown fields of an object in one issue at the object; a planner needs
    // the path of each field to find and fix it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${formatIssuePath([...issue.path, key])}: unknown field`);
    }
    return [`${formatIssuePath(issue.path)}: ${issue.message}`];
  });
}
