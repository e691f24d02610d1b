import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/test-client.ts';

const PILOT = 'lingyan-south-road';
type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

/**
 * A pack that was good when a session was made for it, then broken by an edit, then the server
 * restarted: every way in says what is wrong with it, by JSON path, instead of "not found".
 */
describe('a site pack refused at start', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gongjian-refused-'));
  const sitesDir = path.join(root, 'sites');
  const dataDir = path.join(root, 'data');
  let server: TestServer;
  let code: string;

  beforeAll(async () => {
    cpSync(path.resolve('public/sites', PILOT), path.join(sitesDir, PILOT), { recursive: true });
    const env = { SITES_DIR: sitesDir, DATA_DIR: dataDir };
    const before = await startTestServer(env);
    ({ code } = await before.createSession('Before the edit'));
    await before.close();

    const siteFile = path.join(sitesDir, PILOT, 'site.json');
    const site = JSON.parse(readFileSync(siteFile, 'utf8')) as { origin: { lat: number } };
    site.origin.lat = 123;
    writeFileSync(siteFile, JSON.stringify(site));
    server = await startTestServer(env);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = async (url: string) => {
    const res = await fetch(`${server.url}${url}`);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('answers the site and its scene with SITE_UNAVAILABLE and each problem’s path', async () => {
    for (const url of [`/api/sites/${PILOT}`, `/api/sites/${PILOT}/scene`]) {
      const { status, body } = await get(url);
      expect(status).toBe(503);
      const { error } = body as ErrorBody;
      expect(error.code).toBe('SITE_UNAVAILABLE');
      expect(error.details).toContainEqual({ path: 'origin.lat', message: expect.stringContaining('90') });
    }
    const unknown = await get('/api/sites/no-such-site');
    expect(unknown.status).toBe(404);
    expect((unknown.body as ErrorBody).error.code).toBe('NOT_FOUND');
  });

  it('lists it as refused beside the sites a session can be made for', async () => {
    const { body } = await get('/api/sites');
    expect(body).toEqual({ sites: [], refused: [{ id: PILOT, problems: [{ path: 'origin.lat', message: expect.any(String) }] }] });
  });

  it('refuses to join its sessions with SITE_UNAVAILABLE, and changes nothing', async () => {
    const client = await TestClient.connect(server.url);
    try {
      expect(await client.join({ code })).toMatchObject({ ok: false, error: { code: 'SITE_UNAVAILABLE' } });
    } finally {
      client.close();
    }
    // the log holds what it held: the session made before the edit, nothing more
    expect((await server.ctx.storage.readOps(PILOT, 0, 10)).map((op) => op.type)).toEqual(['session.create']);
  });
});
