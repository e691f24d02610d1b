import { protocolError, type Ack } from '../../core/protocol/errors.ts';
import { ModeChangeSchema, PoseSchema, SyncRequestSchema, type SyncPayload } from '../../core/protocol/messages.ts';
import { ClientOpSchema } from '../../core/protocol/ops.ts';
import type { ServerContext } from '../context.ts';
import { rooms, type GongjianSocket, type Member } from '../sync/types.ts';
import { badRequest, handle, onRaw, replier } from './guard.ts';

const notJoined = { ok: false as const, error: protocolError('NOT_JOINED', 'join a session first') };

/** Events of a joined member: ops, resync, presence mode, poses; and leaving. */
export function registerSessionEvents(ctx: ServerContext, socket: GongjianSocket): void {
  const memberAndHub = () => {
    const member = socket.data.member;
    const hub = member && ctx.hubs.get(member.siteId);
    return member && hub ? { member, hub } : null;
  };

  // The op envelope is parsed after the rate limit so a flood of garbage is charged too.
  onRaw(socket, 'op', async (raw: unknown, ack: unknown) => {
    const reply = replier(socket, 'op', ack);
    const joined = memberAndHub();
    if (!joined) return reply(notJoined);
    const limited = await ctx.limits.takeOp(joined.member.participantId);
    if (limited) return reply({ ok: false, error: limited });
    if (typeof ack !== 'function') return reply({ ok: false, error: protocolError('BAD_REQUEST', 'op needs an ack callback') });
    const parsed = ClientOpSchema.safeParse(raw);
    if (!parsed.success) return reply({ ok: false, error: badRequest(parsed.error) });
    try {
      reply(await joined.hub.submit(parsed.data, joined.member));
    } catch (err) {
      ctx.log.error({ err, opId: parsed.data.opId }, 'op failed');
      reply({ ok: false, error: protocolError('INTERNAL', 'server error; the change was not saved') });
    }
  });

  handle(ctx, socket, 'sync:request', SyncRequestSchema, async (req): Promise<Ack<{ sync: SyncPayload }>> => {
    const joined = memberAndHub();
    if (!joined) return notJoined;
    const limited = await ctx.limits.takeOp(joined.member.participantId);
    if (limited) return { ok: false, error: limited };
    return { ok: true, sync: await joined.hub.syncFor(joined.member, req.lastSeq) };
  });

  handle(ctx, socket, 'presence:mode', ModeChangeSchema, async ({ mode }): Promise<Ack<object>> => {
    const joined = memberAndHub();
    if (!joined) return notJoined;
    const limited = await ctx.limits.takeOp(joined.member.participantId);
    if (limited) return { ok: false, error: limited };
    const member: Member = { ...joined.member, mode };
    socket.data.member = member;
    joined.hub.updateMember(member);
    ctx.io.to(rooms.session(member.sessionId)).emit('presence:updated', ctx.presence.put(member));
    return { ok: true };
  });

  onRaw(socket, 'pose', async (raw: unknown) => {
    const reply = replier(socket, 'pose', undefined);
    const joined = memberAndHub();
    if (!joined) return reply(notJoined);
    if (!(await ctx.limits.takePose(joined.member.participantId))) return;
    const parsed = PoseSchema.safeParse(raw);
    if (!parsed.success) return reply({ ok: false, error: badRequest(parsed.error) });
    socket.volatile
      .to(rooms.session(joined.member.sessionId))
      .emit('pose:update', { connectionId: joined.member.connectionId, pose: parsed.data });
  });

  socket.on('disconnect', () => {
    const member = socket.data.member;
    if (!member) return;
    ctx.hubs.get(member.siteId)?.detach(socket.id);
    ctx.presence.remove(member);
    ctx.io.to(rooms.session(member.sessionId)).emit('presence:left', { connectionId: member.connectionId });
  });
}
