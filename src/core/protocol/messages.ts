import { z } from 'zod';
import type { SitePack } from '../site/schema.ts';
import type { SessionBallots, SiteState } from '../domain/state.ts';
import type { Tally } from '../domain/tally.ts';
import { DisplayNameSchema, JOIN_ROLES, ModeSchema, type Mode, type Role } from './primitives.ts';
import type { WireOp } from './wire.ts';

/** socket.io handshake `auth` object. */
export const HandshakeSchema = z.object({ protocolVersion: z.number().int() }).passthrough();

const SeqSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Identity tokens and facilitator keys are server-made base64url secrets. */
const SecretSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
export const JoinCodeSchema = z.string().regex(/^[0-9]{6}$/, 'six digits');

export const JoinRequestSchema = z
  .object({
    code: JoinCodeSchema,
    /** omit on first visit; the ack returns one to keep (localStorage) and send next time */
    identityToken: SecretSchema.optional(),
    /** from the facilitator link's URL fragment; makes this connection a facilitator */
    facilitatorKey: SecretSchema.optional(),
    /** optional: anonymous by default. Omitted keeps the name given before; null removes it. */
    name: DisplayNameSchema.nullable().optional(),
    role: z.enum(JOIN_ROLES).default('participant'),
    mode: ModeSchema.default('map'),
    /** highest seq this client already holds; the server replays what follows it */
    lastSeq: SeqSchema.optional(),
  })
  .strict();
export type JoinRequest = z.input<typeof JoinRequestSchema>;

export const SyncRequestSchema = z.object({ lastSeq: SeqSchema }).strict();
export type SyncRequest = z.infer<typeof SyncRequestSchema>;

export const ModeChangeSchema = z.object({ mode: ModeSchema }).strict();

/** A volatile camera/device pose in site coordinates; throttled, relayed, never stored. */
export const PoseSchema = z
  .object({
    lng: z.number().min(-180).max(180),
    lat: z.number().min(-90).max(90),
    height: z.number().min(-20).max(500),
    /** degrees clockwise from north */
    heading: z.number().min(0).max(360),
    /** degrees, up positive */
    pitch: z.number().min(-90).max(90),
    optionId: z.string().max(40).optional(),
  })
  .strict();
export type Pose = z.infer<typeof PoseSchema>;

export interface PresenceEntry {
  /** one per open connection: the same person may have a phone and a laptop */
  connectionId: string;
  participantId: string;
  name: string | null;
  role: Role;
  mode: Mode;
}

/** The site state as one viewer may see it (hidden content and others' ballots removed). */
export type SiteSnapshot = Omit<SiteState, 'ballots'> & { ballots: Record<string, SessionBallots> };

export type SyncPayload =
  | { kind: 'ops'; ops: WireOp[]; headSeq: number }
  | { kind: 'snapshot'; snapshot: SiteSnapshot; headSeq: number };

export interface SessionInfo {
  id: string;
  code: string;
  siteId: string;
  title: string;
}

export interface JoinResult {
  you: { participantId: string; connectionId: string; role: Role; name: string | null; identityToken: string };
  session: SessionInfo;
  site: SitePack;
  sync: SyncPayload;
  presence: PresenceEntry[];
  /** tallies this connection may see now */
  tallies: Tally[];
}
