import { v7 as uuidv7 } from 'uuid';
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../src/core/protocol/errors.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/core/protocol/events.ts';
import type { JoinRequest, JoinResult } from '../../src/core/protocol/messages.ts';
import type { ClientOpBody } from '../../src/core/protocol/ops.ts';
import type { Tally } from '../../src/core/domain/tally.ts';
import type { WireOp } from '../../src/core/protocol/wire.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A real socket.io client that records everything it receives, so tests wait for what they
 * expect to arrive (no sleeps) and can inspect every raw packet for leaks.
 */
export class TestClient {
  readonly socket: ClientSocket;
  readonly ops: WireOp[] = [];
  readonly tallies: Tally[][] = [];
  /** every inbound event, raw, in order */
  readonly received: { event: string; args: unknown[] }[] = [];
  joined: JoinResult | null = null;
  private waiters: (() => void)[] = [];

  constructor(url: string, opts: { protocolVersion?: number; extraHeaders?: Record<string, string> } = {}) {
    this.socket = io(url, {
      auth: { protocolVersion: opts.protocolVersion ?? PROTOCOL_VERSION },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
    });
    this.socket.onAny((event: string, ...args: unknown[]) => {
      this.received.push({ event, args });
      if (event === 'ops:batch') this.ops.push(...(args[0] as WireOp[]));
      if (event === 'tally:update') this.tallies.push(args[0] as Tally[]);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  static async connect(url: string): Promise<TestClient> {
    const client = new TestClient(url);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect', () => resolve());
      client.socket.once('connect_error', reject);
    });
    return client;
  }

  /** Connects and joins; throws on a refused join. */
  static async joined(url: string, req: JoinRequest): Promise<TestClient> {
    const client = await TestClient.connect(url);
    const res = await client.join(req);
    if (!res.ok) throw new Error(`join refused: ${JSON.stringify(res.error)}`);
    return client;
  }

  async join(req: JoinRequest): Promise<Ack<JoinResult>> {
    const res = await this.socket.timeout(10_000).emitWithAck('session:join', req);
    if (res.ok) this.joined = res;
    return res;
  }

  /** The socket without protocol types, for sending what a well-behaved client never would. */
  get raw(): { emit(event: string, ...args: unknown[]): void; timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<any> } } {
    return this.socket as never;
  }

  get participantId(): string {
    if (!this.joined) throw new Error('not joined');
    return this.joined.you.participantId;
  }

  /** Sends one op and resolves with its ack. */
  send(body: ClientOpBody, opId: string = uuidv7()): Promise<Ack<{ seq: number; duplicate: boolean }>> {
    return this.socket.timeout(10_000).emitWithAck('op', { opId, ...body });
  }

  /** Sends and insists on success; returns the seq. */
  async commit(body: ClientOpBody, opId?: string): Promise<number> {
    const res = await this.send(body, opId);
    if (!res.ok) throw new Error(`op refused: ${JSON.stringify(res.error)}`);
    return res.seq;
  }

  /** Resolves once `check` holds for what has arrived (re-checked on every inbound event). */
  async until<T>(check: () => T | undefined | false, what = 'condition', timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until this client has received every seq up to `seq`. */
  untilSeq(seq: number): Promise<true> {
    return this.until(() => this.ops.some((o) => o.seq >= seq), `seq ${seq}`);
  }

  latestTally(questionId: string): Tally | undefined {
    for (let i = this.tallies.length - 1; i >= 0; i--) {
      const t = this.tallies[i]!.find((x) => x.questionId === questionId);
      if (t) return t;
    }
    return this.joined?.tallies.find((t) => t.questionId === questionId);
  }

  close(): void {
    this.socket.close();
  }
}

export const PILOT = { lng: 121.5065, lat: 31.159 };

export type PinOp = Extract<ClientOpBody, { type: 'annotation.create' }>;

export function pinAt(text: string, offsetM = 0): PinOp {
  return {
    type: 'annotation.create',
    payload: {
      id: uuidv7(),
      position: { lng: PILOT.lng + offsetM * 1e-5, lat: PILOT.lat, height: 0 },
      category: 'idea',
      text,
    },
  };
}
