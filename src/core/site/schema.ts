import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n-text.ts';
import { SlugSchema } from '../protocol/primitives.ts';
import { QuestionSpecSchema, checkUniqueIds } from './question-spec.ts';
import { createEnuFrame } from '../geo/enu.ts';
import { AnchorSchema, LayersSchema, PackFileSchema, ViewpointSchema } from './scene-schema.ts';

// Rules live on the fields, not on SitePackSchema itself, so it stays a plain object schema that
// later parts of the format can grow with `.extend({...})`: zod refuses `.pick`, `.omit` and
// redefining a field on an object schema that carries its own refinements. The one exception is
// the plan's reach, which needs the origin and so can only be checked on the whole pack; adding
// new fields with `.extend` still works and keeps that check.

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
    /** the option file: models it places, surfaces it changes (see scene-schema.ts) */
    scene: PackFileSchema.optional(),
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

/** How far from the origin a place or plan point may lie: a street-renewal site is a few
 * hundred metres across, so anything farther is almost surely a typo (a swapped lng/lat, a
 * dropped digit) and would shrink the plan to a dot. */
export const MAX_PLAN_REACH_METRES = 2000;

/** `[lng, lat]` in WGS-84 degrees, the GeoJSON order. */
export const LngLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const SitePlaceSchema = z
  .object({
    id: SlugSchema,
    name: LocalizedTextSchema,
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
  })
  .strict();

export const SitePlaceListSchema = z.array(SitePlaceSchema).min(2).max(40).superRefine(checkUniqueIds('place'));

/** A closed ring: at least three corners, the last point repeating the first (as in GeoJSON). */
export const BoundaryRingSchema = z
  .array(LngLatSchema)
  .min(4)
  .superRefine((ring, ctx) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      ctx.addIssue({ code: 'custom', message: 'the boundary must be closed: its last point must repeat the first', path: [ring.length - 1] });
    }
  });

export const PlanStreetSchema = z
  .object({
    name: LocalizedTextSchema,
    /** the centreline, from one end to the other */
    line: z.array(LngLatSchema).min(2),
  })
  .strict();

export const SitePlanSchema = z
  .object({
    boundary: BoundaryRingSchema,
    streets: z.array(PlanStreetSchema).max(20).optional(),
  })
  .strict();

function isLngLat(lng: number, lat: number): boolean {
  return Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

interface PlanFields {
  origin: { lng: number; lat: number };
  places?: readonly { lng: number; lat: number }[] | undefined;
  plan?: { boundary: readonly (readonly [number, number])[]; streets?: readonly { line: readonly (readonly [number, number])[] }[] | undefined } | undefined;
}

/** Every place and plan point lies within MAX_PLAN_REACH_METRES of the origin (measured on the
 * ground, in the site's own east–north frame); each one that does not is reported at its path. */
function checkPlanWithinReach(pack: PlanFields, ctx: z.RefinementCtx): void {
  // zod runs this even when some ranges were already reported (those issues do not abort), so
  // points out of WGS-84 range are skipped here rather than reported twice or thrown on.
  if (!pack.places && !pack.plan) return;
  if (!isLngLat(pack.origin.lng, pack.origin.lat)) return;
  const frame = createEnuFrame(pack.origin);
  const check = (lng: number, lat: number, path: (string | number)[]) => {
    if (!isLngLat(lng, lat)) return;
    const { east, north } = frame.toEnu({ lng, lat });
    const metres = Math.hypot(east, north);
    if (metres > MAX_PLAN_REACH_METRES) {
      const km = (metres / 1000).toFixed(1);
      ctx.addIssue({ code: 'custom', message: `${km} km from the origin; must be within ${MAX_PLAN_REACH_METRES / 1000} km`, path });
    }
  };
  pack.places?.forEach((p, i) => check(p.lng, p.lat, ['places', i]));
  pack.plan?.boundary.forEach(([lng, lat], i) => check(lng, lat, ['plan', 'boundary', i]));
  pack.plan?.streets?.forEach((street, s) => street.line.forEach(([lng, lat], i) => check(lng, lat, ['plan', 'streets', s, 'line', i])));
}

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
    /** Named spots residents would say ("the bus stop"): the place picker's list. Optional, so
     * packs written before the plan existed stay valid. */
    places: SitePlaceListSchema.optional(),
    /** A simple drawing of the site (boundary and streets) for picking a point without 3D. */
    plan: SitePlanSchema.optional(),
    /** GeoJSON files drawing the street as it is today (the 3D twin's base) */
    layers: LayersSchema.optional(),
    /** surveyed points for aligning AR with the street */
    anchors: z.array(AnchorSchema).max(20).superRefine(checkUniqueIds('anchor')).optional(),
    /** named camera positions in the twin */
    viewpoints: z.array(ViewpointSchema).max(30).superRefine(checkUniqueIds('viewpoint')).optional(),
    // Choice ids need not name options: a question may ask about anything (trees, lighting...).
    questions: z.array(QuestionSpecSchema).superRefine(checkUniqueIds('question')),
  })
  .strict()
  .superRefine(checkPlanWithinReach);

export type SiteOrigin = z.infer<typeof SiteOriginSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type CostEstimate = z.infer<typeof CostEstimateSchema>;
export type DesignOption = z.infer<typeof DesignOptionSchema>;
export type SitePack = z.infer<typeof SitePackSchema>;
export type SitePlace = z.infer<typeof SitePlaceSchema>;
export type SitePlan = z.infer<typeof SitePlanSchema>;
export type LngLat = z.infer<typeof LngLatSchema>;

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
