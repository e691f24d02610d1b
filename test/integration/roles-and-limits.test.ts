import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientOpBody } from '../../src/core/protocol/ops.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';

const FACILITATOR_OPS: ClientOpBody[] = [
  { type: 'session.stage', payload: { stage: 'evaluation' } },
  { type: 'session.status', payload: { status: 'closed' } },
  { type: 'question.status', payload: { questionId: 'preferred-option', status: 'closed' } },
  { type: 'question.reveal', payload: { questionId: 'preferred-option', revealed: true } },
  {
    type: 'question.add',
    payload: {
      question: {
        id: 'night-lighting',
        kind: 'single',
        prompt: { zh: '夜间照明够吗？', en: 'Is the lighting at night enough?' },
        choices: [
          { id: 'yes', label: { zh: '够', en: 'Yes' } },
          { id: 'no', label: { zh: '不够', en: 'No' } },
        ],
      },
    },
  },
];

describe('roles', () => {
  let server: TestServer;
  let session: Awaited<ReturnType<TestServer['createSession']>>;
  let facilitator: TestClient;
  let participant: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    session = await server.createSession();
    facilitator = await TestClient.joined(server.url, { code: session.code, facilitatorKey: session.facilitatorKey });
    participant = await TestClient.joined(server.url, { code: session.code });
  });
  afterAll(async () => {
    facilitator?.close();
    participant?.close();
    await server?.stop();
  });

  it.each(FACILITATOR_OPS.map((op) => [op.type, op] as const))('refuses %s from a participant', async (_type, op) => {
    const head = server.ctx.hubs.get('lingyan-south-road')!.headSeq;
    expect(await participant.send(op)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(server.ctx.hubs.get('lingyan-south-road')!.headSeq).toBe(head);
  });

  it('refuses hiding a pin by a participant, allows it to the facilitator', async () => {
    const pin = pinAt('需要审核的评论');
    await participant.commit(pin);
    const hide = { type: 'annotation.moderate', payload: { id: pin.payload.id, hidden: true } } as const;
    expect(await participant.send(hide)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await facilitator.send(hide)).toMatchObject({ ok: true });
  });

  it("refuses editing or deleting someone else's annotation", async () => {
    const pin = pinAt('主持人的评论');
    await facilitator.commit(pin);
    const id = pin.payload.id;
    expect(await participant.send({ type: 'annotation.edit', payload: { id, text: '改掉' } })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(await participant.send({ type: 'annotation.delete', payload: { id } })).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('lets observers watch but not write', async () => {
    const observer = await TestClient.joined(server.url, { code: session.code, role: 'observer' });
    expect(await observer.send(pinAt('旁观者'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const seq = await participant.commit(pinAt('大家好'));
    await observer.untilSeq(seq);
    observer.close();
  });

  it('refuses a wrong facilitator key without granting any role', async () => {
    const c = await TestClient.connect(server.url);
    const res = await c.join({ code: session.code, facilitatorKey: 'x'.repeat(32) });
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_CODE' } });
    expect(await c.send(pinAt('?'))).toMatchObject({ error: { code: 'NOT_JOINED' } });
    c.close();
  });

  it('records the stage an annotation was made in, and makes a closed session read-only', async () => {
    await facilitator.commit({ type: 'session.stage', payload: { stage: 'coordination' } });
    const seq = await participant.commit(pinAt('协调会上的意见'));
    const op = await participant.until(() => participant.ops.find((o) => o.seq === seq), 'op');
    expect(op).toMatchObject({ stage: 'coordination', sessionId: session.sessionId });

    await facilitator.commit({ type: 'session.status', payload: { status: 'closed' } });
    expect(await participant.send(pinAt('关闭后'))).toMatchObject({ ok: false, error: { code: 'SESSION_CLOSED' } });
    expect(await facilitator.send({ type: 'session.stage', payload: { stage: 'evaluation' } })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_CLOSED' },
    });
    await facilitator.commit({ type: 'session.status', payload: { status: 'open' } });
    expect(await participant.send(pinAt('重新开放后'))).toMatchObject({ ok: true });
  });

  it('lets the facilitator add a question that takes ballots at once', async () => {
    const added = FACILITATOR_OPS[4]!;
    await facilitator.commit(added);
    expect(
      await participant.send({ type: 'ballot.cast', payload: { questionId: 'night-lighting', ballot: { kind: 'single', choiceId: 'no' } } }),
    ).toMatchObject({ ok: true });
    await facilitator.commit({ type: 'question.status', payload: { questionId: 'night-lighting', status: 'closed' } });
    expect(
      await participant.send({ type: 'ballot.cast', payload: { questionId: 'night-lighting', ballot: { kind: 'single', choiceId: 'yes' } } }),
    ).toMatchObject({ ok: false, error: { code: 'QUESTION_CLOSED' } });
  });
});

describe('rate limits', () => {
  let server: TestServer;
  afterAll(async () => server?.stop());

  it('answers an op flood with RATE_LIMITED and a retry time, after the allowed number', async () => {
    server = await startTestServer({ RATE_LIMIT_OPS: '10', RATE_LIMIT_OPS_WINDOW_S: '60' });
    const { code } = await server.createSession();
    const client = await TestClient.joined(server.url, { code });
    const acks = await Promise.all(Array.from({ length: 30 }, (_, i) => client.send(pinAt(`刷屏 ${i}`))));
    expect(acks.filter((a) => a.ok)).toHaveLength(10);
    const refused = acks.filter((a) => !a.ok);
    expect(refused).toHaveLength(20);
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) } });
    // another participant is not affected
    const other = await TestClient.joined(server.url, { code });
    expect(await other.send(pinAt('我没有刷屏'))).toMatchObject({ ok: true });
    client.close();
    other.close();
  });
});
