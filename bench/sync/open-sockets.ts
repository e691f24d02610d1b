import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import type { Target } from './target.ts';

function connectOne(url: string): Promise<Socket> {
  const socket = io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket'],
    forceNew: true,
    // a dropped socket must show up as lost ops, not be quietly healed by a reconnect
    reconnection: false,
    timeout: 15_000,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

/** Opens `count` sockets, `batch` at a time, each connected and enrolled before the next batch. */
export async function openSockets(target: Target, count: number, batch: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  try {
    for (let opened = 0; opened < count; opened += batch) {
      const size = Math.min(batch, count - opened);
      await Promise.all(
        Array.from({ length: size }, async () => {
          const socket = await connectOne(target.url);
          sockets.push(socket);
          await target.enrol(socket);
        }),
      );
    }
  } catch (err) {
    for (const s of sockets) s.close();
    throw err;
  }
  return sockets;
}
