import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { startServer, type RunningServer } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';

/** Rate limits high enough that only the rate-limit test ever meets them. */
export const RAISED_LIMITS = {
  RATE_LIMIT_OPS: '100000',
  RATE_LIMIT_JOIN_FAILURES: '100000',
  RATE_LIMIT_JOIN_FAILURES_PER_CODE: '100000',
  RATE_LIMIT_JOIN_FAILURES_GLOBAL: '100000',
  POSES_PER_SECOND: '100000',
};

export interface TestServer extends RunningServer {
  dataDir: string;
  /** creates a session on the pilot site over REST, as a facilitator would */
  createSession(title?: string): Promise<{ code: string; facilitatorKey: string; sessionId: string }>;
  stop(): Promise<void>;
}

/** The real server in this process, on an ephemeral port, with a fresh SQLite file. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gongjian-test-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...RAISED_LIMITS, ...env });
  const server = await startServer(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  return {
    ...server,
    dataDir,
    async createSession(title) {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ siteId: 'lingyan-south-road', ...(title ? { title } : {}) }),
      });
      if (res.status !== 201) throw new Error(`create session: ${res.status} ${await res.text()}`);
      const body = (await res.json()) as { session: { id: string; code: string }; facilitatorKey: string };
      return { code: body.session.code, facilitatorKey: body.facilitatorKey, sessionId: body.session.id };
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
