import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOp } from '../../src/core/domain/apply-op.ts';
import type { SiteState } from '../../src/core/domain/state.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';

describe('catching up after a reconnect', () => {
  let server: TestServer;
  let code: string;

  beforeAll(async () => {
    server = await startTestServer();
    code = (await server.createSession()).code;
  });
  afterAll(async () => server?.stop());

  it('replays what was missed since lastSeq, ending in the same state as a fresh snapshot', async () => {
    const writer = await TestClient.joined(server.url, { code });
    const reader = await TestClient.joined(server.url, { code });
    const first = reader.joined!.sync;
    if (first.kind !== 'snapshot') throw new Error('expected a snapshot on first join');
    let state: SiteState = { ...first.snapshot };
    const pin = pinAt('断线前');
    const seq = await writer.commit(pin);
    await reader.untilSeq(seq);
    for (const op of reader.ops) state = applyOp(state, op);
    const token = reader.joined!.you.identityToken;
    const participantId = reader.participantId;
    reader.close();

    const missed = [];
    for (let i = 0; i < 5; i++) missed.push(await writer.commit(pinAt(`断线期间 ${i}`)));
    await writer.commit({ type: 'annotation.edit', payload: { id: pin.payload.id, text: '断线前（已编辑）' } });

    const back = await TestClient.joined(server.url, { code, identityToken: token, lastSeq: state.seq });
    expect(back.participantId).toBe(participantId);
    const sync = back.joined!.sync;
    expect(sync.kind).toBe('ops');
    if (sync.kind !== 'ops') return;
    expect(sync.ops.map((o) => o.seq)).toEqual(Array.from({ length: 6 }, (_, i) => state.seq + i + 1));
    for (const op of sync.ops) state = applyOp(state, op);

    const fresh = await TestClient.joined(server.url, { code, identityToken: token });
    const snap = fresh.joined!.sync;
    if (snap.kind !== 'snapshot') throw new Error('expected snapshot');
    expect(state.seq).toBe(snap.snapshot.seq);
    expect(state.annotations).toEqual(snap.snapshot.annotations);
    expect(state.annotations[pin.payload.id]!.text).toBe('断线前（已编辑）');
    for (const c of [writer, back, fresh]) c.close();
  });

  it('answers sync:request with the ops after lastSeq', async () => {
    const client = await TestClient.joined(server.url, { code });
    const head = client.joined!.sync.headSeq;
    const seq = await client.commit(pinAt('补一条'));
    const res = await client.socket.emitWithAck('sync:request', { lastSeq: head });
    expect(res.ok && res.sync.kind === 'ops' && res.sync.ops.map((o) => o.seq)).toEqual([seq]);
    client.close();
  });

  it('sends a snapshot when the client claims a seq the server never reached', async () => {
    const client = await TestClient.joined(server.url, { code, lastSeq: 10_000_000 });
    expect(client.joined!.sync.kind).toBe('snapshot');
    client.close();
  });
});
