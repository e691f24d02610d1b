import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/test-client.ts';

describe('joining', () => {
  let server: TestServer;
  let code: string;

  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_JOIN_FAILURES: '3', RATE_LIMIT_JOIN_FAILURES_PER_CODE: '10', RATE_LIMIT_JOIN_FAILURES_GLOBAL: '100' });
    code = (await server.createSession()).code;
  });
  afterAll(async () => server?.stop());

  const wrongCode = () => (code === '000000' ? '000001' : '000000');

  it('refuses a wrong code, then limits guessing per client identity, not per address', async () => {
    const guesser = await TestClient.connect(server.url);
    const token = 'guesser-identity-token-0001';
    for (let i = 0; i < 3; i++) {
      expect(await guesser.join({ code: wrongCode(), identityToken: token })).toMatchObject({ ok: false, error: { code: 'INVALID_CODE' } });
    }
    const blocked = await guesser.join({ code, identityToken: token });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', retryAfterMs: expect.any(Number) } });
    // a neighbour at the same hearing (same IP) still joins
    const neighbour = await TestClient.joined(server.url, { code });
    expect(neighbour.joined!.you.role).toBe('participant');
    guesser.close();
    neighbour.close();
  });

  it('does not let wrong facilitator keys lock a session for everyone', async () => {
    for (let i = 0; i < 30; i++) {
      const prankster = await TestClient.connect(server.url);
      expect(await prankster.join({ code, facilitatorKey: `wrong-key-${i}-xxxxxxxxxxxxxxxx` })).toMatchObject({ error: { code: 'INVALID_CODE' } });
      prankster.close();
    }
    const resident = await TestClient.joined(server.url, { code });
    expect(resident.joined!.you.role).toBe('participant');
    resident.close();
  });

  it('lets the same person rejoin as themselves with their identity token', async () => {
    const first = await TestClient.joined(server.url, { code, name: '陈伯伯' });
    const { identityToken, participantId } = first.joined!.you;
    first.close();
    const again = await TestClient.joined(server.url, { code, identityToken });
    expect(again.joined!.you).toMatchObject({ participantId, name: '陈伯伯' });
    again.close();
    const anonymousAgain = await TestClient.joined(server.url, { code, identityToken, name: null });
    expect(anonymousAgain.joined!.you).toMatchObject({ participantId, name: null });
    anonymousAgain.close();
    const stored = await server.ctx.storage.findParticipantByToken('lingyan-south-road', identityToken);
    expect(stored).toBeNull(); // only the hash is stored
  });

  it('refuses a client speaking another protocol version with a clear error', async () => {
    const old = new TestClient(server.url, { protocolVersion: 0 });
    const err = await new Promise<Error & { data?: unknown }>((resolve) => old.socket.once('connect_error', resolve));
    expect(err.message).toBe('PROTOCOL_MISMATCH');
    expect(err.data).toMatchObject({ code: 'PROTOCOL_MISMATCH', message: expect.stringContaining('reload') });
    old.close();
  });

  it('refuses sockets from pages of other origins, accepts its own origin', async () => {
    const evil = new TestClient(server.url, { extraHeaders: { origin: 'https://evil.example' } });
    const err = await new Promise<Error & { data?: unknown }>((resolve) => evil.socket.once('connect_error', resolve));
    expect(err.message).toBe('ORIGIN_NOT_ALLOWED');
    expect(err.data).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    evil.close();
    const own = new TestClient(server.url, { extraHeaders: { origin: server.url } });
    await new Promise<void>((resolve, reject) => {
      own.socket.once('connect', resolve);
      own.socket.once('connect_error', reject);
    });
    own.close();
  });
});

describe('REST', () => {
  let server: TestServer;
  afterAll(async () => server?.stop());

  it('reports health with version, storage and uptime', async () => {
    server = await startTestServer({ ADMIN_TOKEN: 'admin-token-for-tests-123' });
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      version: expect.any(String),
      protocolVersion: 1,
      storage: { kind: 'sqlite', ok: true },
      uptimeSeconds: expect.any(Number),
    });
  });

  it('creates sessions only with the admin token when one is set', async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${server.url}/api/sessions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const anonymous = await post({}, { siteId: 'lingyan-south-road' });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHORIZED' } });
    const wrong = await post({ authorization: 'Bearer nope-nope-nope-nope' }, { siteId: 'lingyan-south-road' });
    expect(wrong.status).toBe(401);
    const auth = { authorization: 'Bearer admin-token-for-tests-123' };
    expect((await post(auth, { siteId: 'nowhere' })).status).toBe(404);
    const badBody = await post(auth, { siteId: 'lingyan-south-road', extra: true });
    expect(badBody.status).toBe(400);
    expect(await badBody.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });

    const created = await post(auth, { siteId: 'lingyan-south-road', title: '口袋花园评议会' });
    expect(created.status).toBe(201);
    const body = (await created.json()) as Record<string, any>;
    expect(body.session.code).toMatch(/^\d{6}$/);
    expect(body.joinUrl).toBe(`${server.url}/j/${body.session.code}`);
    expect(body.facilitatorUrl).toBe(`${server.url}/j/${body.session.code}#key=${body.facilitatorKey}`);

    const svg = await fetch(`${server.url}${body.qr.svg}`);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const png = await fetch(`${server.url}${body.qr.png}`);
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect((await fetch(`${server.url}/api/qr/abc.svg`)).status).toBe(400);
  });

  it('answers malformed JSON with a typed error', async () => {
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer admin-token-for-tests-123' },
      body: '{"siteId":',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } });
  });
});
