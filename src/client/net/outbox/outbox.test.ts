import { validate, version } from 'uuid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolError } from '../../../core/protocol/errors.ts';
import type { OpRequest } from '../../../core/protocol/events.ts';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import { MemoryOutboxStore } from './memory-outbox-store.ts';
import { Outbox, type OpAck, type OutboxSnapshot, type SendResult } from './outbox.ts';
import type { OutboxStore, PendingChange } from './outbox-store.ts';

const CODE = '123456';

/** Stands in for the socket: records every op sent and lets the test answer each one, or lose
 * it. Answers like the server for repeats: the same opId gets the same seq, flagged duplicate. */
class FakeSocket {
  readonly sent: OpRequest[] = [];
  private readonly answers: ((result: SendResult) => void)[] = [];
  private readonly committed = new Map<string, number>();
  private nextSeq = 1;

  readonly send = (op: OpRequest): Promise<SendResult> => {
    this.sent.push(op);
    return new Promise((resolve) => this.answers.push(resolve));
  };

  get inFlight(): number {
    return this.answers.length;
  }

  /** Answers the oldest unanswered send like a server that commits it. */
  commit(): void {
    const op = this.sent[this.sent.length - this.answers.length]!;
    const seen = this.committed.get(op.opId);
    if (seen === undefined) this.committed.set(op.opId, this.nextSeq++);
    this.answer({ ok: true, seq: this.committed.get(op.opId)!, duplicate: seen !== undefined });
  }

  refuse(error: ProtocolError): void {
    this.answer({ ok: false, error });
  }

  /** The oldest send gets no answer (timeout, or the connection dropped). */
  lose(): void {
    this.answers.shift()!({ answered: false });
  }

  private answer(ack: OpAck): void {
    this.answers.shift()!({ answered: true, ack });
  }
}

const pin = (text: string): ClientOpBody => ({
  type: 'annotation.create',
  payload: {
    id: '0198a000-0000-7000-8000-00000000000a',
    position: { lng: 121.5, lat: 31.16, height: 1 },
    category: 'idea',
    text,
  },
});

/** Lets queued promise callbacks (store writes, sends) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let socket: FakeSocket;
let store: MemoryOutboxStore;
let shown: OutboxSnapshot;

function newOutbox(options: { store?: OutboxStore; appliedSeq?: () => number } = {}): Outbox {
  const outbox = new Outbox({
    sessionCode: CODE,
    store: options.store ?? store,
    send: socket.send,
    onChange: (snapshot) => (shown = snapshot),
    appliedSeq: options.appliedSeq,
    random: () => 0.5, // backoff without spread: 1 s, 2 s, 4 s…
  });
  outbox.start();
  return outbox;
}

const texts = (ops: readonly { payload: unknown }[]) => ops.map((op) => (op.payload as { text: string }).text);
const pendingTexts = (changes: readonly { body: ClientOpBody }[]) => texts(changes.map((c) => c.body));

beforeEach(() => {
  vi.useFakeTimers();
  socket = new FakeSocket();
  store = new MemoryOutboxStore();
  shown = { pending: [], refused: [], persistent: true };
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Outbox', () => {
  it('stores every change before sending it, then sends them one at a time in order', async () => {
    const outbox = newOutbox();
    await settle();
    void outbox.submit(pin('one'));
    void outbox.submit(pin('two'));
    void outbox.submit(pin('three'));
    await settle();
    expect(socket.sent).toEqual([]); // not joined yet
    expect(pendingTexts((await store.load(CODE)).pending)).toEqual(['one', 'two', 'three']);
    expect(shown.pending).toHaveLength(3);

    outbox.setConnected(true);
    await settle();
    expect(texts(socket.sent)).toEqual(['one']); // the next waits for this one's answer
    socket.commit();
    await settle();
    socket.commit();
    await settle();
    socket.commit();
    await settle();
    expect(texts(socket.sent)).toEqual(['one', 'two', 'three']);
    expect(shown.pending).toEqual([]);
    expect((await store.load(CODE)).pending).toEqual([]);
  });

  it('holds a change made while another is on its way until that one is answered', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await settle();
    void outbox.submit(pin('two'));
    await settle();
    expect(texts(socket.sent)).toEqual(['one']);
    socket.commit();
    await settle();
    expect(texts(socket.sent)).toEqual(['one', 'two']);
  });

  it('does not send a change before the device has stored it', async () => {
    const slowDisk: OutboxStore = Object.assign(Object.create(store) as MemoryOutboxStore, {
      add: (code: string, change: PendingChange) => new Promise<void>((done) => setTimeout(() => void store.add(code, change).then(done), 50)),
    });
    const outbox = newOutbox({ store: slowDisk });
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await vi.advanceTimersByTimeAsync(49);
    expect(socket.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(texts(socket.sent)).toEqual(['one']);
    expect((await store.load(CODE)).pending).toHaveLength(1);
  });

  it('gives each change a UUIDv7 opId, kept on every try', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    void outbox.submit(pin('two'));
    await settle();
    socket.lose();
    await vi.advanceTimersByTimeAsync(1000);
    const [first, retry] = socket.sent;
    expect(validate(first!.opId) && version(first!.opId)).toBe(7);
    expect(retry!.opId).toBe(first!.opId);
    expect(shown.pending[1]!.opId).not.toBe(first!.opId);
    expect(version(shown.pending[1]!.opId)).toBe(7);
  });

  it('resends an unanswered change after a reconnect, and the duplicate ack settles it once', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    const outcome = outbox.submit(pin('one'));
    await settle();
    // The server commits it (seq 1), but the connection drops before the ack arrives.
    socket.commit();
    outbox.setConnected(false);
    await settle();
    expect(shown.pending).toHaveLength(1);

    outbox.setConnected(true);
    await settle();
    expect(socket.sent.map((op) => op.opId)).toEqual([socket.sent[0]!.opId, socket.sent[0]!.opId]);
    socket.commit(); // duplicate: true, same seq
    await settle();
    expect(await outcome).toEqual({ ok: true, seq: 1 });
    expect(shown.pending).toEqual([]);
    expect((await store.load(CODE)).pending).toEqual([]);
  });

  it('after a reload, sends what the last page left, in order, before anything new', async () => {
    const before = newOutbox();
    void before.submit(pin('one'));
    void before.submit(pin('two'));
    await settle();
    before.stop(); // the page closes

    const after = newOutbox();
    void after.submit(pin('three')); // made while the stored ones were still loading
    after.setConnected(true);
    await settle();
    expect(pendingTexts(shown.pending)).toEqual(['one', 'two', 'three']);
    for (let i = 0; i < 3; i++) {
      socket.commit();
      await settle();
    }
    expect(texts(socket.sent)).toEqual(['one', 'two', 'three']);
  });

  it('moves a refused change aside, keeps it after a reload, and goes on with the next', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    const refusedOutcome = outbox.submit(pin('to a deleted pin'));
    const nextOutcome = outbox.submit(pin('next'));
    await settle();
    socket.refuse({ code: 'SESSION_CLOSED', message: 'closed' });
    await settle();
    expect(await refusedOutcome).toMatchObject({ ok: false, error: { code: 'SESSION_CLOSED' } });
    expect(shown.refused).toEqual([expect.objectContaining({ code: 'SESSION_CLOSED', body: pin('to a deleted pin') })]);
    expect(texts(socket.sent)).toEqual(['to a deleted pin', 'next']);
    socket.commit();
    expect(await nextOutcome).toEqual({ ok: true, seq: 1 });

    const reloaded = newOutbox();
    await settle();
    expect(shown.refused.map((c) => c.code)).toEqual(['SESSION_CLOSED']);
    reloaded.dismiss(shown.refused[0]!.opId);
    await settle();
    expect(shown.refused).toEqual([]);
    expect((await store.load(CODE)).refused).toEqual([]);
  });

  it('waits retryAfterMs after RATE_LIMITED, then sends the same op again', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await settle();
    socket.refuse({ code: 'RATE_LIMITED', message: 'slow down', retryAfterMs: 4000 });
    await vi.advanceTimersByTimeAsync(3999);
    expect(socket.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(socket.sent).toHaveLength(2);
    expect(socket.sent[1]!.opId).toBe(socket.sent[0]!.opId);
    expect(shown.refused).toEqual([]);
  });

  it('retries INTERNAL and silence with a growing wait, and does not refuse them', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await settle();
    socket.refuse({ code: 'INTERNAL', message: 'oops' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(socket.sent).toHaveLength(2);
    socket.lose();
    await vi.advanceTimersByTimeAsync(1999);
    expect(socket.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(socket.sent).toHaveLength(3);
    socket.commit();
    await settle();
    expect(shown.pending).toEqual([]);
    expect(shown.refused).toEqual([]);
  });

  it('sends nothing while disconnected and tries at once on reconnecting', async () => {
    const outbox = newOutbox();
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await settle();
    socket.refuse({ code: 'INTERNAL', message: 'oops' });
    outbox.setConnected(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(socket.sent).toHaveLength(1);
    outbox.setConnected(true);
    await settle();
    expect(socket.sent).toHaveLength(2);
  });

  it('lists an acked change until its op is in the local log, so a pending pin does not blink', async () => {
    let applied = 0;
    const outbox = newOutbox({ appliedSeq: () => applied });
    outbox.setConnected(true);
    void outbox.submit(pin('one'));
    await settle();
    socket.commit(); // seq 1
    await settle();
    expect(shown.pending).toHaveLength(1);
    applied = 1;
    outbox.logReached(1);
    expect(shown.pending).toEqual([]);
  });

  it('carries on in memory, and says so, when the device refuses to store', async () => {
    const failing: OutboxStore = {
      persistent: true,
      load: async () => ({ pending: [], refused: [] }),
      add: () => Promise.reject(new Error('QuotaExceededError')),
      remove: async () => undefined,
      moveToRefused: async () => undefined,
      dismiss: async () => undefined,
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const outbox = newOutbox({ store: failing });
    outbox.setConnected(true);
    const outcome = outbox.submit(pin('one'));
    await settle();
    expect(shown.persistent).toBe(false);
    socket.commit();
    expect(await outcome).toEqual({ ok: true, seq: 1 });
  });
});
