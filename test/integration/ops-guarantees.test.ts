import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';

describe('op guarantees', () => {
  let server: TestServer;
  let session: Awaited<ReturnType<TestServer['createSession']>>;
  let alice: TestClient;
  let bob: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    session = await server.createSession();
    alice = await TestClient.joined(server.url, { code: session.code });
    bob = await TestClient.joined(server.url, { code: session.code });
  });
  afterAll(async () => {
    alice?.close();
    bob?.close();
    await server?.stop();
  });

  it('the same opId twice has one effect and the same ack', async () => {
    const opId = uuidv7();
    const pin = pinAt('同一个操作发两次');
    const [first, second] = await Promise.all([alice.send(pin, opId), alice.send(pin, opId)]);
    expect(first).toEqual({ ok: true, seq: expect.any(Number), duplicate: false });
    expect(second).toEqual({ ok: true, seq: first.ok && first.seq, duplicate: true });
    const again = await alice.send(pin, opId);
    expect(again).toEqual({ ok: true, seq: first.ok && first.seq, duplicate: true });
    const stored = await server.ctx.storage.readOps('lingyan-south-road', 0, 10_000);
    expect(stored.filter((o) => o.opId === opId)).toHaveLength(1);
  });

  it('the same opId with another payload is a conflict and changes nothing', async () => {
    const opId = uuidv7();
    await alice.commit(pinAt('原来的内容'), opId);
    const head = server.ctx.hubs.get('lingyan-south-road')!.headSeq;
    const res = await alice.send(pinAt('另一个内容'), opId);
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const reused = await bob.send(pinAt('原来的内容'), opId);
    expect(reused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(server.ctx.hubs.get('lingyan-south-road')!.headSeq).toBe(head);
  });

  it('keeps one ballot per participant per question under 50 concurrent attempts', async () => {
    const choices = ['garden-street', 'shared-street', 'existing'] as const;
    const acks = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        alice.send({
          type: 'ballot.cast',
          payload: { questionId: 'preferred-option', ballot: { kind: 'single', choiceId: choices[i % 3]! } },
        }),
      ),
    );
    expect(acks.every((a) => a.ok)).toBe(true);
    const ballots = await server.ctx.storage.listBallots(session.sessionId);
    const mine = ballots.filter((b) => b.participantId === alice.participantId && b.questionId === 'preferred-option');
    expect(mine).toHaveLength(1);
    // the last committed ballot wins
    const lastSeq = Math.max(...acks.map((a) => (a.ok ? a.seq : 0)));
    const lastIndex = acks.findIndex((a) => a.ok && a.seq === lastSeq);
    expect(mine[0]!.ballot).toEqual({ kind: 'single', choiceId: choices[lastIndex % 3] });
    const tally = server.ctx.hubs.get('lingyan-south-road')!.talliesFor(session.sessionId, 'facilitator');
    expect(tally.find((t) => t.questionId === 'preferred-option')!.ballots).toBe(1);
  });

  it('assigns gap-free seqs to concurrent writers', async () => {
    const before = server.ctx.hubs.get('lingyan-south-road')!.headSeq;
    const seqs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? alice : bob).commit(pinAt(`并发 ${i}`, i))),
    );
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => before + i + 1));
    await alice.untilSeq(before + 40);
    const received = alice.ops.map((o) => o.seq);
    expect(new Set(received).size).toBe(received.length);
    expect(received).toEqual([...received].sort((a, b) => a - b));
  });
});
