import type { Tally } from '../domain/tally.ts';
import type { Ack, ProtocolError } from './errors.ts';
import type { JoinRequest, JoinResult, Pose, PresenceEntry, SyncPayload, SyncRequest } from './messages.ts';
import type { Mode } from './primitives.ts';
import type { WireOp } from './wire.ts';

/** The raw op a client sends: validated on the server by ClientOpSchema. */
export interface OpRequest {
  opId: string;
  type: string;
  payload: unknown;
}

/** Events a client emits. Every one but `pose` takes an ack callback. Names exist only here. */
export interface ClientToServerEvents {
  'session:join': (req: JoinRequest, ack: (res: Ack<JoinResult>) => void) => void;
  /** after a detected gap: replay from lastSeq (or a snapshot) */
  'sync:request': (req: SyncRequest, ack: (res: Ack<{ sync: SyncPayload }>) => void) => void;
  /** one change; ack means committed to disk, with its seq */
  op: (op: OpRequest, ack: (res: Ack<{ seq: number; duplicate: boolean }>) => void) => void;
  'presence:mode': (req: { mode: Mode }, ack: (res: Ack<object>) => void) => void;
  /** volatile, at most 10 a second per participant (extra ones are dropped) */
  pose: (pose: Pose) => void;
}

/** Events the server emits. */
export interface ServerToClientEvents {
  /** committed ops of the site, batched per tick, redacted for this receiver, in seq order */
  'ops:batch': (ops: WireOp[]) => void;
  /** derived vote results, coalesced (about 10 a second at most) */
  'tally:update': (tallies: Tally[]) => void;
  'presence:joined': (entry: PresenceEntry) => void;
  'presence:updated': (entry: PresenceEntry) => void;
  'presence:left': (info: { connectionId: string }) => void;
  'pose:update': (info: { connectionId: string; pose: Pose }) => void;
  /** an event that carried no ack callback was refused */
  'error:event': (info: { event: string; error: ProtocolError }) => void;
}

export type ServerToClientEvent = keyof ServerToClientEvents;
export type ClientToServerEvent = keyof ClientToServerEvents;
export const CLIENT_EVENTS: readonly ClientToServerEvent[] = ['session:join', 'sync:request', 'op', 'presence:mode', 'pose'];
