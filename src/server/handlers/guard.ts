import type { z } from 'zod';
import { protocolError, type Ack, type ProtocolError } from '../../core/protocol/errors.ts';
import type { ClientToServerEvent } from '../../core/protocol/events.ts';
import type { ServerContext } from '../context.ts';
import type { GongjianSocket } from '../sync/types.ts';

type AckFn = (res: Ack<object>) => void;

/** Turns zod issues into the error details clients see. */
export function badRequest(error: z.ZodError): ProtocolError {
  const details = error.issues.slice(0, 20).map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  return protocolError('BAD_REQUEST', 'invalid payload', { details });
}

/** Answers with an ack when the client gave one, else with an `error:event` message. */
export function replier(socket: GongjianSocket, event: string, ack: unknown) {
  return (res: Ack<object>) => {
    if (typeof ack === 'function') (ack as AckFn)(res);
    else if (!res.ok) socket.emit('error:event', { event, error: res.error });
  };
}

/**
 * Registers an event handler that validates its payload strictly before anything else runs,
 * answers every failure with a typed error, and turns a thrown fault into INTERNAL (logged,
 * nothing changed: handlers commit last).
 */
export function handle<S extends z.ZodType, R extends object>(
  ctx: ServerContext,
  socket: GongjianSocket,
  event: ClientToServerEvent,
  schema: S,
  run: (data: z.output<S>) => Promise<Ack<R>>,
): void {
  onRaw(socket, event, async (raw: unknown, ack: unknown) => {
    const reply = replier(socket, event, ack);
    if (typeof ack !== 'function') return reply({ ok: false, error: protocolError('BAD_REQUEST', `${event} needs an ack callback`) });
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return reply({ ok: false, error: badRequest(parsed.error) });
    try {
      reply(await run(parsed.data));
    } catch (err) {
      ctx.log.error({ err, event, socket: socket.id }, 'handler failed');
      reply({ ok: false, error: protocolError('INTERNAL', 'server error; nothing was changed') });
    }
  });
}

/** Listens without socket.io's typed signature: inbound arguments are untrusted until parsed. */
export function onRaw(socket: GongjianSocket, event: string, listener: (...args: unknown[]) => void): void {
  (socket.on as (event: string, listener: (...args: unknown[]) => void) => void).call(socket, event, listener);
}
