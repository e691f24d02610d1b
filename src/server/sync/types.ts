import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../core/protocol/events.ts';
import type { Mode, Role } from '../../core/protocol/primitives.ts';

/** What the server knows about a joined connection. */
export interface Member {
  socketId: string;
  connectionId: string;
  siteId: string;
  sessionId: string;
  participantId: string;
  name: string | null;
  role: Role;
  mode: Mode;
}

export interface SocketData {
  member?: Member;
  /** who to charge join-code guesses to: the identity token's hash, else the connection */
  guessKey: string;
}

export type GongjianIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type GongjianSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const rooms = {
  site: (siteId: string) => `site:${siteId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  facilitators: (sessionId: string) => `session:${sessionId}:facilitators`,
};
