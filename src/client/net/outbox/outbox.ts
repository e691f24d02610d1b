import type { Ack, ProtocolError } from '../../../core/protocol/errors.ts';
import type { OpRequest } from '../../../core/protocol/events.ts';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import { errorCodeOf, type AppErrorCode } from '../app-error.ts';
import { newId } from '../new-id.ts';
import type { OpOutcome } from '../submit-op.ts';
import type { OutboxStore, PendingChange, RefusedChange } from './outbox-store.ts';
import { backoffDelayMs, isTransient, RATE_LIMITED_DEFAULT_WAIT_MS } from './retry-rules.ts';

export type OpAck = Ack<{ seq: number; duplicate: boolean }>;

/** One try at sending an op: the server's answer, or none (ack timeout, connection lost). */
export type SendResult = { answered: true; ack: OpAck } | { answered: false };

/** What the outbox shows the rest of the app; a new object on every change. */
export interface OutboxSnapshot {
  /** not confirmed yet, oldest first */
  pending: PendingChange[];
  refused: RefusedChange[];
  /** false: kept in memory only, a closed page loses it */
  persistent: boolean;
}

export interface OutboxOptions {
  sessionCode: string;
  store: OutboxStore | Promise<OutboxStore>;
  send: (op: OpRequest) => Promise<SendResult>;
  onChange: (snapshot: OutboxSnapshot) => void;
  /** the highest seq applied to the local log; an acked op stays listed as pending until its
   * seq is applied, so an optimistic pin does not blink out between its ack and its op */
  appliedSeq?: () => number;
  newOpId?: () => string;
  now?: () => number;
  random?: () => number;
}

interface Queued {
  change: PendingChange;
  /** settles once the change is on the device (or failed to be): only then is it sent */
  saved: Promise<void>;
}

/**
 * The queue of one session's changes. Every change is stored before it is sent, then sent one
 * at a time in the order it was made, with the same opId on every try, so the server applies
 * it exactly once however often it travels. An ack removes it; a final refusal moves it aside
 * to `refused` and the queue goes on; "not now" answers and silences are retried.
 *
 * One at a time rather than pipelined: if a change were retried while later ones went
 * through, they would land in another order than they were made.
 *
 * Knows nothing of sockets or IndexedDB: `send` and `store` are given to it.
 */
export class Outbox {
  private queue: Queued[] = [];
  private awaitingOp: { change: PendingChange; seq: number }[] = [];
  private refused: RefusedChange[] = [];
  /** resolvers of submitOp promises made in this page (changes loaded from storage have none) */
  private readonly waiters = new Map<string, (outcome: OpOutcome) => void>();
  private store: OutboxStore | null = null;
  private persistent = true;
  /** store writes, chained so they happen in the order they were asked for */
  private writes: Promise<void>;
  private loaded = false;
  private connected = false;
  private stopped = false;
  private sending = false;
  /** bumped on every (dis)connection: an answer to a try from an earlier connection is ignored */
  private epoch = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failuresInARow = 0;

  private readonly code: string;
  private readonly send: OutboxOptions['send'];
  private readonly onChange: OutboxOptions['onChange'];
  private readonly appliedSeq: () => number;
  private readonly newOpId: () => string;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(options: OutboxOptions) {
    this.code = options.sessionCode;
    this.send = options.send;
    this.onChange = options.onChange;
    this.appliedSeq = options.appliedSeq ?? (() => Number.POSITIVE_INFINITY);
    this.newOpId = options.newOpId ?? newId;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.writes = Promise.resolve(options.store).then(
      (store) => {
        this.store = store;
        this.persistent = store.persistent;
      },
      (err) => this.lostStorage(err),
    );
  }

  /** Loads what earlier pages left unsent; sending starts once this is done and connected. */
  start(): void {
    void this.write(async (store) => {
      const saved = await store.load(this.code);
      const known = new Set(this.queue.map((q) => q.change.opId));
      const stored = saved.pending.filter((c) => !known.has(c.opId)).map((change) => ({ change, saved: Promise.resolve() }));
      // older than anything submitted while loading, so they go first
      this.queue = [...stored, ...this.queue];
      this.refused = [...saved.refused, ...this.refused];
    }).then(() => {
      // also when loading failed: what this page makes is still worth sending
      this.loaded = true;
      this.publish();
      void this.pump();
    });
  }

  stop(): void {
    this.stopped = true;
    this.epoch++;
    this.clearRetry();
  }

  /** Called when the connection has joined (true) and when it drops (false). */
  setConnected(connected: boolean): void {
    this.connected = connected;
    this.epoch++;
    this.sending = false;
    this.clearRetry(); // a fresh connection tries at once
    void this.pump();
  }

  /** Queues a change; the promise settles when the server has accepted or refused it. */
  submit(body: ClientOpBody): Promise<OpOutcome> {
    if (this.stopped) return Promise.resolve({ ok: false, error: { code: 'NOT_JOINED', message: 'no session is open' } });
    const change: PendingChange = { opId: this.newOpId(), body, createdAt: this.now() };
    const outcome = new Promise<OpOutcome>((resolve) => this.waiters.set(change.opId, resolve));
    this.queue.push({ change, saved: this.write((store) => store.add(this.code, change)) });
    this.publish();
    void this.pump();
    return outcome;
  }

  /** The person has read why a change was refused. */
  dismiss(opId: string): void {
    const before = this.refused.length;
    this.refused = this.refused.filter((c) => c.opId !== opId);
    if (this.refused.length === before) return;
    void this.write((store) => store.dismiss(this.code, opId));
    this.publish();
  }

  /** The local log has applied every op up to `seq`. */
  logReached(seq: number): void {
    const before = this.awaitingOp.length;
    this.awaitingOp = this.awaitingOp.filter((a) => a.seq > seq);
    if (this.awaitingOp.length !== before) this.publish();
  }

  private async pump(): Promise<void> {
    if (this.sending || !this.connected || !this.loaded || this.stopped || this.retryTimer !== undefined) return;
    const head = this.queue[0];
    if (!head) return;
    this.sending = true;
    const epoch = this.epoch;
    await head.saved; // on the device before it leaves it
    if (epoch !== this.epoch) return; // disconnected meanwhile; the next connection sends it
    const { opId, body } = head.change;
    const result = await this.send({ opId, type: body.type, payload: body.payload });
    if (epoch !== this.epoch) return; // that connection is gone: the op is resent on the next
    this.sending = false;
    this.settle(head, result);
    void this.pump();
  }

  private settle(head: Queued, result: SendResult): void {
    if (!result.answered) return this.retryAfter(this.nextBackoff());
    const { ack } = result;
    if (ack.ok) return this.accepted(head, ack.seq);
    const code = errorCodeOf(ack.error);
    if (code === 'RATE_LIMITED') return this.retryAfter(ack.error.retryAfterMs ?? RATE_LIMITED_DEFAULT_WAIT_MS);
    if (isTransient(code)) return this.retryAfter(this.nextBackoff());
    this.refusedFinally(head, code, ack.error);
  }

  /** Committed (or committed before: duplicate, same seq). */
  private accepted(head: Queued, seq: number): void {
    this.queue.shift();
    this.failuresInARow = 0;
    if (seq > this.appliedSeq()) this.awaitingOp.push({ change: head.change, seq });
    void this.write((store) => store.remove(this.code, head.change.opId));
    this.settleWaiter(head.change.opId, { ok: true, seq });
    this.publish();
  }

  private refusedFinally(head: Queued, code: AppErrorCode, error: ProtocolError): void {
    this.queue.shift();
    this.failuresInARow = 0;
    const refused: RefusedChange = { ...head.change, code, refusedAt: this.now() };
    this.refused = [...this.refused, refused];
    void this.write((store) => store.moveToRefused(this.code, refused));
    this.settleWaiter(head.change.opId, { ok: false, error });
    this.publish();
  }

  private nextBackoff(): number {
    this.failuresInARow++;
    return backoffDelayMs(this.failuresInARow, this.random);
  }

  private retryAfter(ms: number): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.pump();
    }, ms);
  }

  private clearRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private settleWaiter(opId: string, outcome: OpOutcome): void {
    this.waiters.get(opId)?.(outcome);
    this.waiters.delete(opId);
  }

  /** Runs a store write after the earlier ones; never rejects (a failed write means the queue
   * now lives in memory only, which the person is told). */
  private write(action: (store: OutboxStore) => Promise<void>): Promise<void> {
    const done = this.writes.then(() => {
      if (!this.store) throw new Error('no outbox store');
      return action(this.store);
    });
    this.writes = done.catch((err) => this.lostStorage(err));
    return this.writes;
  }

  private lostStorage(err: unknown): void {
    if (!this.persistent) return;
    console.warn('outbox: storing changes failed, keeping them in memory only:', err);
    this.persistent = false;
    this.publish();
  }

  private publish(): void {
    this.onChange({
      pending: [...this.awaitingOp.map((a) => a.change), ...this.queue.map((q) => q.change)],
      refused: this.refused,
      persistent: this.persistent,
    });
  }
}
