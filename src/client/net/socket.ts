import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../core/protocol/events.ts';
import { PROTOCOL_VERSION } from '../../core/protocol/version.ts';

/** The socket with the protocol's event names and payloads typed in, as on the server. */
export type GongjianSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Opens (lazily: call `connect()`) a socket to the server that served this page. WebSocket
 * first; long-polling when a network or an in-app browser blocks WebSockets (`tryAllTransports`
 * makes the client try it instead of failing). The protocol version rides in the handshake so
 * an old cached client is told to reload instead of misbehaving.
 */
export function openSocket(url: string = window.location.origin): GongjianSocket {
  return io(url, {
    auth: { protocolVersion: PROTOCOL_VERSION },
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    autoConnect: false,
  });
}
