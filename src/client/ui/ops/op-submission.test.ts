import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProtocolError } from '../../../core/protocol/errors.ts';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import type { AppErrorCode } from '../../net/app-error.ts';
import { MemoryOutboxStore } from '../../net/outbox/memory-outbox-store.ts';
import { Outbox, type OutboxSnapshot } from '../../net/outbox/outbox.ts';
import type { OpOutcome } from '../../net/submit-op.ts';
import { createOpSubmission, WAIT_FOR_ANSWER_MS, type OpSubmissionDeps } from './op-submission.ts';

const ballot: ClientOpBody = { type: 'ballot.cast', payload: { questionId: 'preferred-option', ballot: { kind: 'single', choiceId: 'garden' } } };
const reply: ClientOpBody = { type: 'annotation.reply', payload: { id: '0198a000-0000-7000-8000-00000000000b', parentId: '0198a000-0000-7000-8000-00000000000a', text: '同意' } };

/** A submission with its busy and error state recorded as a component would hold them. */
function harness(submit: OpSubmissionDeps['submit'], online = true) {
  const state = { busy: false, error: null as AppErrorCode | null, busyHistory: [] as boolean[] };
  const send = createOpSubmission({
    submit,
    isOnline: () => online,
    setBusy: (busy) => {
      state.busy = busy;
      state.busyHistory.push(busy);
    },
    setError: (error) => (state.error = error),
  });
  return { state, send };
}

/** A server answer the test gives when it likes (or never). */
function answerLater() {
  let answer!: (outcome: OpOutcome) => void;
  const submit = vi.fn((_body: ClientOpBody) => new Promise<OpOutcome>((resolve) => (answer = resolve)));
  return { submit, answer: (outcome: OpOutcome) => answer(outcome) };
}

const refusal = (code: string): OpOutcome => ({ ok: false, error: { code, message: 'no' } as unknown as ProtocolError });

afterEach(() => {
  vi.useRealTimers();
});

describe('createOpSubmission', () => {
  it('says sent once the server has committed the change, busy only meanwhile', async () => {
    const { state, send } = harness(async () => ({ ok: true, seq: 7 }));
    await expect(send(reply)).resolves.toBe('sent');
    expect(state.busyHistory).toEqual([true, false]);
    expect(state.error).toBeNull();
  });

  it('says refused and keeps the reason, to be shown as errors.<code>', async () => {
    const { state, send } = harness(async () => refusal('SESSION_CLOSED'));
    await expect(send(ballot)).resolves.toBe('refused');
    expect(state.error).toBe('SESSION_CLOSED');
    expect(state.busy).toBe(false);
  });

  it('reads a code this client does not know as UNKNOWN, which has a message', async () => {
    const { state, send } = harness(async () => refusal('SOMETHING_NEW'));
    await expect(send(ballot)).resolves.toBe('refused');
    expect(state.error).toBe('UNKNOWN');
  });

  it('clears the previous refusal when sending again', async () => {
    const outcomes: OpOutcome[] = [refusal('RATE_LIMITED'), { ok: true, seq: 1 }];
    const { state, send } = harness(async () => outcomes.shift()!);
    await send(reply);
    expect(state.error).toBe('RATE_LIMITED');
    await expect(send(reply)).resolves.toBe('sent');
    expect(state.error).toBeNull();
  });

  it('ignores a second tap while the first change is on its way: one change sent', async () => {
    const server = answerLater();
    const { send } = harness(server.submit);
    const first = send(ballot);
    await expect(send(ballot)).resolves.toBe('ignored');
    server.answer({ ok: true, seq: 3 });
    await expect(first).resolves.toBe('sent');
    expect(server.submit).toHaveBeenCalledTimes(1);
  });

  it('online, waits a few seconds for the answer, then leaves the change to the outbox', async () => {
    vi.useFakeTimers();
    const server = answerLater();
    const { state, send } = harness(server.submit, true);
    let result: string | undefined;
    void send(reply).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(WAIT_FOR_ANSWER_MS - 1);
    expect(result).toBeUndefined();
    expect(state.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe('queued');
    expect(state.busy).toBe(false);
  });

  it('online, an answer within the wait wins over giving up', async () => {
    vi.useFakeTimers();
    const server = answerLater();
    const { send } = harness(server.submit, true);
    const result = send(reply);
    await vi.advanceTimersByTimeAsync(WAIT_FOR_ANSWER_MS / 2);
    server.answer({ ok: true, seq: 9 });
    await expect(result).resolves.toBe('sent');
  });

  it('offline, an answer that is already there still counts (no session open: refused, not queued)', async () => {
    const { state, send } = harness(async () => refusal('NOT_JOINED'), false);
    await expect(send(ballot)).resolves.toBe('refused');
    expect(state.error).toBe('NOT_JOINED');
  });

  it('after a queued change the next one can be sent: nothing stays locked', async () => {
    const { send } = harness(() => new Promise<OpOutcome>(() => {}), false);
    await expect(send(reply)).resolves.toBe('queued');
    await expect(send(reply)).resolves.toBe('queued');
  });
});

describe('a ballot cast while offline', () => {
  it('ends up queued in the outbox, not "sending…" until the connection returns', async () => {
    vi.useFakeTimers();
    let snapshot: OutboxSnapshot | undefined;
    // the real outbox, never connected: its promise for the ballot settles only after a reconnect
    const outbox = new Outbox({ sessionCode: '123456', store: new MemoryOutboxStore(), send: () => new Promise(() => {}), onChange: (s) => (snapshot = s) });
    outbox.start();
    let settled = false;
    const submit = (body: ClientOpBody) => {
      const outcome = outbox.submit(body);
      void outcome.then(() => (settled = true));
      return outcome;
    };
    const { state, send } = harness(submit, false);

    let result: string | undefined;
    void send(ballot).then((r) => (result = r));
    // no waiting for an answer offline: one turn of the timers is enough
    await vi.advanceTimersByTimeAsync(0);
    expect(result).toBe('queued');
    expect(state.busy).toBe(false);
    expect(state.error).toBeNull();

    // and it is really kept for later: still pending in the outbox, its answer still to come
    await vi.advanceTimersByTimeAsync(10 * WAIT_FOR_ANSWER_MS);
    expect(settled).toBe(false);
    expect(snapshot?.pending.map((c) => c.body)).toEqual([ballot]);
    outbox.stop();
  });
});
