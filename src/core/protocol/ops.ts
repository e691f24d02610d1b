import { z } from 'zod';
import { QuestionSpecSchema } from '../site/question-spec.ts';
import {
  CategorySchema,
  IdSchema,
  PositionSchema,
  SlugSchema,
  StageSchema,
  TextSchema,
  type Role,
  type Stage,
} from './primitives.ts';

const RatingSchema = z.number().int().min(1).max(5);
const PointsSchema = z.number().int().min(0).max(1000);

/** A ballot's content; which choices and budget are valid depends on its question (checked in domain). */
export const BallotSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), choiceId: SlugSchema }).strict(),
  z.object({ kind: z.literal('rating'), ratings: z.record(SlugSchema, RatingSchema) }).strict(),
  z.object({ kind: z.literal('budget'), allocation: z.record(SlugSchema, PointsSchema) }).strict(),
]);
export type Ballot = z.infer<typeof BallotSchema>;

/** Payload schema for each op type a client may send. Every object is strict: unknown fields are refused. */
export const CLIENT_OP_PAYLOADS = {
  'annotation.create': z
    .object({
      id: IdSchema,
      position: PositionSchema,
      category: CategorySchema,
      text: TextSchema,
      optionId: SlugSchema.optional(),
    })
    .strict(),
  'annotation.reply': z.object({ id: IdSchema, parentId: IdSchema, text: TextSchema }).strict(),
  'annotation.edit': z
    .object({ id: IdSchema, text: TextSchema.optional(), category: CategorySchema.optional() })
    .strict()
    .refine((p) => p.text !== undefined || p.category !== undefined, 'text or category is required'),
  'annotation.delete': z.object({ id: IdSchema }).strict(),
  'annotation.react': z.object({ id: IdSchema, on: z.boolean() }).strict(),
  'annotation.moderate': z.object({ id: IdSchema, hidden: z.boolean() }).strict(),
  'ballot.cast': z.object({ questionId: SlugSchema, ballot: BallotSchema }).strict(),
  'session.stage': z.object({ stage: StageSchema }).strict(),
  'session.status': z.object({ status: z.enum(['open', 'closed']) }).strict(),
  'question.add': z.object({ question: QuestionSpecSchema }).strict(),
  'question.status': z.object({ questionId: SlugSchema, status: z.enum(['open', 'closed']) }).strict(),
  'question.reveal': z.object({ questionId: SlugSchema, revealed: z.boolean() }).strict(),
} as const;

export type ClientOpType = keyof typeof CLIENT_OP_PAYLOADS;
export const CLIENT_OP_TYPES = Object.keys(CLIENT_OP_PAYLOADS) as ClientOpType[];

/** Op types only a facilitator may send. */
export const FACILITATOR_OP_TYPES: ReadonlySet<ClientOpType> = new Set([
  'annotation.moderate',
  'session.stage',
  'session.status',
  'question.add',
  'question.status',
  'question.reveal',
]);

export type ClientOpBody = {
  [K in ClientOpType]: { type: K; payload: z.infer<(typeof CLIENT_OP_PAYLOADS)[K]> };
}[ClientOpType];

/** What a client emits on `op`: its own unique opId plus one op body. */
export const ClientOpSchema = z
  .object({
    opId: IdSchema,
    type: z.enum(CLIENT_OP_TYPES as [ClientOpType, ...ClientOpType[]]),
    payload: z.unknown(),
  })
  .strict()
  .transform((raw, ctx) => {
    const parsed = CLIENT_OP_PAYLOADS[raw.type].safeParse(raw.payload);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ['payload', ...issue.path] } as never);
      return z.NEVER;
    }
    return { opId: raw.opId, type: raw.type, payload: parsed.data } as { opId: string } & ClientOpBody;
  });
export type ClientOp = z.output<typeof ClientOpSchema>;

/** Ops only the server writes (never accepted from a socket). */
export interface SessionCreatePayload {
  sessionId: string;
  title: string;
  stage: Stage;
  questions: z.infer<typeof QuestionSpecSchema>[];
}
export type SystemOpBody = { type: 'session.create'; payload: SessionCreatePayload };

export type OpBody = ClientOpBody | SystemOpBody;
export type OpType = OpBody['type'];

export interface Actor {
  /** participant id, or 'system' for server-made ops */
  id: string;
  name: string | null;
  role: Role | 'system';
}

/** An op as stored in a site's log: the body plus what the server stamped on it. */
export type CommittedOp = OpBody & {
  seq: number;
  opId: string;
  siteId: string;
  sessionId: string | null;
  stage: Stage | null;
  actor: Actor;
  /** server time, ms since epoch */
  at: number;
};
