import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'socket.io-client';
import type { Ack } from '../../src/core/protocol/errors.ts';
import type { JoinRequest, JoinResult } from '../../src/core/protocol/messages.ts';
import type { WireOp } from '../../src/core/protocol/wire.ts';
import { prefillPins } from './prefill.ts';
import { spawnGongjian } from './spawn-gongjian.ts';
import { terminate, type Target } from './target.ts';

/** Limits far above the offered load: this run measures fan-out, not the rate limiter. */
const BENCH_LIMITS = {
  RATE_LIMIT_OPS: '1000000',
  RATE_LIMIT_JOIN_FAILURES: '1000000',
  RATE_LIMIT_JOIN_FAILURES_PER_CODE: '1000000',
  RATE_LIMIT_JOIN_FAILURES_GLOBAL: '1000000',
  POSES_PER_SECOND: '1000000',
};

/**
 * The real server as `npm start` runs it (one process, SQLite in a fresh temp dir, the demo
 * session), found through its JSON log like the SIGKILL tests do.
 */
export async function startGongjian(nodeFlags: string[], prefill = 0): Promise<Target> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gongjian-bench-'));
  let server;
  try {
    server = await spawnGongjian(nodeFlags, { ...BENCH_LIMITS, STORAGE: 'sqlite', DATA_DIR: dataDir });
  } catch (err) {
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  const { child, url, demoCode, exited } = server;
  process.stderr.write(`[bench:sync] prefilling ${prefill} pins\n`);
  await prefillPins(url, demoCode, prefill);
  return {
    name: 'gongjian',
    url,
    pid: child.pid!,
    async enrol(socket: Socket) {
      const request: JoinRequest = { code: demoCode };
      const res = (await socket.timeout(15_000).emitWithAck('session:join', request)) as Ack<JoinResult>;
      if (!res.ok) throw new Error(`join refused: ${res.error.code} ${res.error.message}`);
    },
    receiptEvent: 'ops:batch',
    forEachOpId(message, each) {
      // a redacted placeholder has no opId; the bench only sends public pins, so none is expected
      for (const op of message as WireOp[]) if (!op.redacted) each(op.opId);
    },
    async stop() {
      try {
        await terminate(child, exited);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
