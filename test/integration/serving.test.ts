import https from 'node:https';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/test-client.ts';

/** GET over HTTPS accepting a self-signed certificate; returns status, body and the peer cert. */
function getInsecure(url: string): Promise<{ status: number; body: string; subjectAltName: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { rejectUnauthorized: false }, (res) => {
      const subjectAltName = (res.socket as import('node:tls').TLSSocket).getPeerCertificate().subjectaltname ?? '';
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, subjectAltName }));
    });
    req.on('error', reject);
  });
}

describe('serving', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('serves HTTPS with a self-signed certificate made on request, naming localhost', async () => {
    server = await startTestServer({ HTTPS_SELF_SIGNED: '1' });
    expect(server.url).toMatch(/^https:/);
    const res = await getInsecure(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: 'ok' });
    expect(res.subjectAltName).toContain('DNS:localhost');
  });

  it('puts PUBLIC_URL in join links and QR codes, and allows it as an Origin', async () => {
    server = await startTestServer({ PUBLIC_URL: 'https://gongjian.example.org/' });
    const res = await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ siteId: 'lingyan-south-road' }),
    });
    const body = (await res.json()) as { joinUrl: string; session: { code: string } };
    expect(body.joinUrl).toBe(`https://gongjian.example.org/j/${body.session.code}`);
    const svg = await (await fetch(`${server.url}/api/qr/${body.session.code}.svg`)).text();
    expect(svg).toContain('<svg');

    const fromPublic = new TestClient(server.url, { extraHeaders: { origin: 'https://gongjian.example.org' } });
    await new Promise<void>((resolve, reject) => {
      fromPublic.socket.once('connect', resolve);
      fromPublic.socket.once('connect_error', reject);
    });
    fromPublic.close();
  });

  it('answers client routes with the app page, or says how to build it', async () => {
    server = await startTestServer({ CLIENT_DIR: '/nonexistent-client-dir' });
    const res = await fetch(`${server.url}/j/123456`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
    const api = await fetch(`${server.url}/api/nope`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
