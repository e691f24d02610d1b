import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Actor, Ballot, OpBody } from '../../src/core/protocol/ops.ts';
import type { Category, Stage } from '../../src/core/protocol/primitives.ts';
import type { DraftOp, ParticipantRecord, SessionRecord } from '../../src/server/storage/storage.ts';

/** Two pilot sites, so tests can show that one site's data never leaks into the other's. */
export const SITE_A = 'pudong-garden-street';
export const SITE_B = 'xuhui-riverside-lane';

/** A spot on the pilot street (WGS-84, at ground level). */
export const STREET_CORNER = { lng: 121.5065, lat: 31.159, height: 0 } as const;

export const newId = (): string => uuidv7();

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A fixed, integer clock that moves one second per op, so fixtures never depend on the real time. */
let clock = Date.UTC(2025, 4, 17, 1, 30);
const tick = (): number => (clock += 1000);

let lastCode = 100000;
/** Six digits, unique within the test run (storage refuses a code twice). */
const nextJoinCode = (): string => String(++lastCode);

export function sessionRecord(siteId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: newId(),
    siteId,
    code: nextJoinCode(),
    facilitatorKeyHash: sha256Hex(`facilitator-key-${newId()}`),
    createdAt: tick(),
    isDemo: false,
    ...overrides,
  };
}

export function participantRecord(siteId: string, overrides: Partial<ParticipantRecord> = {}): ParticipantRecord {
  return { id: newId(), siteId, tokenHash: sha256Hex(`identity-token-${newId()}`), name: '王阿姨', createdAt: tick(), ...overrides };
}

/** Who writes the ops, and where: what the server stamps on every client op. */
export interface OpContext {
  siteId: string;
  sessionId: string | null;
  stage: Stage | null;
  actor: Actor;
}

export function participantContext(session: SessionRecord, participant: ParticipantRecord): OpContext {
  return {
    siteId: session.siteId,
    sessionId: session.id,
    stage: 'hearing',
    actor: { id: participant.id, name: participant.name, role: 'participant' },
  };
}

export function draftOp(ctx: OpContext, body: OpBody): DraftOp {
  return { opId: newId(), ...ctx, at: tick(), ...body };
}

export const annotationCreate = (
  ctx: OpContext,
  { id = newId(), text = '这里可以种树', category = 'idea' as Category } = {},
): DraftOp =>
  draftOp(ctx, { type: 'annotation.create', payload: { id, position: { ...STREET_CORNER }, category, text } });

export const annotationReply = (ctx: OpContext, parentId: string, text = '同意，夏天这里太晒了'): DraftOp =>
  draftOp(ctx, { type: 'annotation.reply', payload: { id: newId(), parentId, text } });

export const annotationEdit = (ctx: OpContext, id: string, change: { text?: string; category?: Category }): DraftOp =>
  draftOp(ctx, { type: 'annotation.edit', payload: { id, ...change } });

export const annotationDelete = (ctx: OpContext, id: string): DraftOp =>
  draftOp(ctx, { type: 'annotation.delete', payload: { id } });

export const PREFERRED_OPTION = 'preferred-option';

export const ballotCast = (
  ctx: OpContext,
  ballot: Ballot = { kind: 'single', choiceId: 'garden-street' },
  questionId = PREFERRED_OPTION,
): DraftOp => draftOp(ctx, { type: 'ballot.cast', payload: { questionId, ballot } });

/** The effect the server commits with a ballot.cast op: the voter is the op's actor. */
export function ballotEffectOf(op: DraftOp) {
  if (op.type !== 'ballot.cast' || !op.sessionId) throw new Error('not a session ballot op');
  const payload = op.payload as { questionId: string; ballot: Ballot };
  return { sessionId: op.sessionId, questionId: payload.questionId, participantId: op.actor.id, ballot: payload.ballot };
}
