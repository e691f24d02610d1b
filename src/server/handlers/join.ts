import { randomUUID } from 'node:crypto';
import { protocolError, type Ack } from '../../core/protocol/errors.ts';
import { JoinRequestSchema, type JoinResult } from '../../core/protocol/messages.ts';
import type { ServerContext } from '../context.ts';
import { hashSecret, newSecret, secretMatches } from '../sessions/secrets.ts';
import type { ParticipantRecord } from '../storage/storage.ts';
import { rooms, type GongjianSocket, type Member } from '../sync/types.ts';
import { handle } from './guard.ts';

/** `session:join`: code (+ facilitator key) → member of the session, caught up, present. */
export function registerJoin(ctx: ServerContext, socket: GongjianSocket): void {
  handle(ctx, socket, 'session:join', JoinRequestSchema, async (req): Promise<Ack<JoinResult>> => {
    if (socket.data.member) return { ok: false, error: protocolError('INVALID_STATE', 'this connection already joined a session') };
    const guessKey = req.identityToken ? hashSecret(req.identityToken) : socket.data.guessKey;
    const blocked = await ctx.limits.joinBlocked(guessKey, req.code);
    if (blocked) return { ok: false, error: blocked };

    const session = await ctx.storage.findSessionByCode(req.code);
    if (!session) {
      await ctx.limits.wrongCode(guessKey, req.code);
      return { ok: false, error: protocolError('INVALID_CODE', 'no session with this code') };
    }
    if (req.facilitatorKey && !secretMatches(req.facilitatorKey, session.facilitatorKeyHash)) {
      await ctx.limits.wrongKey(guessKey);
      return { ok: false, error: protocolError('INVALID_CODE', 'wrong facilitator key') };
    }
    const hub = ctx.hubs.get(session.siteId);
    const sessionState = hub?.session(session.id);
    if (!hub || !sessionState) {
      // a pack refused at start (its problems are in the log and at /api/sites/:id) or gone
      const refused = ctx.refusedSites.has(session.siteId);
      return { ok: false, error: refused ? protocolError('SITE_UNAVAILABLE', 'the session’s site pack was refused') : protocolError('NOT_FOUND', 'the session’s site is not loaded') };
    }

    const identityToken = req.identityToken ?? newSecret();
    const participant = await findOrCreateParticipant(ctx, session.siteId, identityToken, req.name);
    const member: Member = {
      socketId: socket.id,
      connectionId: randomUUID(),
      siteId: session.siteId,
      sessionId: session.id,
      participantId: participant.id,
      name: participant.name,
      role: req.facilitatorKey ? 'facilitator' : req.role,
      mode: req.mode,
    };
    socket.data.member = member;
    const { sync, tallies } = await hub.attach(member, req.lastSeq, () => {
      socket.join([rooms.site(member.siteId), rooms.session(member.sessionId)]);
      if (member.role === 'facilitator') socket.join(rooms.facilitators(member.sessionId));
    });
    const entry = ctx.presence.put(member);
    socket.to(rooms.session(member.sessionId)).emit('presence:joined', entry);
    ctx.log.info({ session: session.id, participant: participant.id, role: member.role }, 'joined');
    return {
      ok: true,
      you: { participantId: participant.id, connectionId: member.connectionId, role: member.role, name: member.name, identityToken },
      session: { id: session.id, code: session.code, siteId: session.siteId, title: sessionState.title },
      site: hub.site,
      sync,
      presence: ctx.presence.list(member.sessionId),
      tallies,
    };
  });
}

async function findOrCreateParticipant(
  ctx: ServerContext,
  siteId: string,
  identityToken: string,
  /** undefined keeps the known name, null removes it */
  name: string | null | undefined,
): Promise<ParticipantRecord> {
  const tokenHash = hashSecret(identityToken);
  const known = await ctx.storage.findParticipantByToken(siteId, tokenHash);
  if (known) {
    if (name !== undefined && name !== known.name) {
      await ctx.storage.renameParticipant(known.id, name);
      return { ...known, name };
    }
    return known;
  }
  const created: ParticipantRecord = { id: randomUUID(), siteId, tokenHash, name: name ?? null, createdAt: Date.now() };
  await ctx.storage.createParticipant(created);
  return created;
}
