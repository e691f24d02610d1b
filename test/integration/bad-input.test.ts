import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/protocol/errors.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';
import { malformedOps, mulberry32 } from '../helpers/malformed.ts';

describe('bad input', () => {
  let server: TestServer;
  let session: Awaited<ReturnType<TestServer['createSession']>>;
  let client: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    session = await server.createSession();
    client = await TestClient.joined(server.url, { code: session.code });
    await client.commit(pinAt('已有的评论'));
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it('answers 1,000 random malformed payloads with typed errors and changes nothing', async () => {
    const hub = server.ctx.hubs.get('lingyan-south-road')!;
    const head = hub.headSeq;
    const logBefore = JSON.stringify(await server.ctx.storage.readOps('lingyan-south-road', 0, 100_000));
    const payloads = malformedOps(mulberry32(20261128), 1000);
    const codes = new Map<string, number>();
    for (let i = 0; i < payloads.length; i += 50) {
      const acks = await Promise.all(
        payloads.slice(i, i + 50).map((p) => client.raw.timeout(10_000).emitWithAck('op', p)),
      );
      for (const ack of acks) {
        expect(ack.ok).toBe(false);
        if (ack.ok) continue;
        expect(ERROR_CODES).toContain(ack.error.code);
        codes.set(ack.error.code, (codes.get(ack.error.code) ?? 0) + 1);
      }
    }
    expect(codes.get('INTERNAL')).toBeUndefined();
    expect([...codes.values()].reduce((a, b) => a + b, 0)).toBe(1000);
    expect(hub.headSeq).toBe(head);
    expect(JSON.stringify(await server.ctx.storage.readOps('lingyan-south-road', 0, 100_000))).toBe(logBefore);
    // still up and working
    expect(await client.commit(pinAt('之后依然可以评论'))).toBe(head + 1);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });

  it('refuses malformed join, sync and presence payloads with BAD_REQUEST details', async () => {
    const fresh = await TestClient.connect(server.url);
    const bad = await fresh.raw.timeout(5000).emitWithAck('session:join', { code: '12ab56', extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST', details: expect.arrayContaining([expect.objectContaining({ path: 'code' })]) } });
    const sync = await client.raw.timeout(5000).emitWithAck('sync:request', { lastSeq: -1 });
    expect(sync).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const mode = await client.raw.timeout(5000).emitWithAck('presence:mode', { mode: 'vr' });
    expect(mode).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    fresh.close();
  });

  it('answers unknown events and ack-less events with typed errors', async () => {
    const unknown = await client.raw.timeout(5000).emitWithAck('drop:tables', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_EVENT' } });
    client.raw.emit('op', pinAt('没有回执'));
    const err = await client.until(() => client.received.find((r) => r.event === 'error:event'), 'error:event');
    expect(err.args[0]).toMatchObject({ event: 'op', error: { code: 'BAD_REQUEST' } });
    client.raw.emit('pose', { lng: 'east' });
    await client.until(
      () => client.received.find((r) => r.event === 'error:event' && (r.args[0] as { event: string }).event === 'pose'),
      'pose error',
    );
  });

  it('refuses ops before joining', async () => {
    const stranger = await TestClient.connect(server.url);
    expect(await stranger.send(pinAt('未加入'))).toMatchObject({ ok: false, error: { code: 'NOT_JOINED' } });
    stranger.close();
  });

  it('counts text in code points: 500 astral characters pass, 501 do not', async () => {
    const astral = '𠀀'; // one code point, two UTF-16 units
    expect(await client.send(pinAt(astral.repeat(500)))).toMatchObject({ ok: true });
    expect(await client.send(pinAt(astral.repeat(501)))).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('keeps user text as text: markup is stored and relayed verbatim, never interpreted', async () => {
    const html = '<img src=x onerror="alert(1)"><b>加粗</b>';
    const seq = await client.commit(pinAt(html));
    const op = await client.until(() => client.ops.find((o) => o.seq === seq), 'op');
    expect('payload' in op && (op.payload as { text: string }).text).toBe(html);
  });

  it('closes connections that send oversized messages', async () => {
    const big = await TestClient.joined(server.url, { code: session.code });
    const disconnected = new Promise<string>((resolve) => big.socket.once('disconnect', resolve));
    big.raw.emit('op', { opId: crypto.randomUUID(), type: 'annotation.create', payload: { text: 'x'.repeat(100_000) } });
    expect(await disconnected).toBe('transport close');
  });
});
