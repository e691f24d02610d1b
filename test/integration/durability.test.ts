import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer } from '../helpers/child-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';

describe('durability of acknowledged ops', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gongjian-kill-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged op when the server is killed with SIGKILL mid-stream', async () => {
    const first = await spawnServer(dataDir);
    const writer = await TestClient.joined(first.url, { code: first.demoCode });
    const acked = new Map<string, number>();
    // four writers keep ops in flight; the kill is sent from the 200th ack, while the other
    // writers' ops are on the wire or being committed
    const stream = async () => {
      for (let i = 0; ; i++) {
        const opId = crypto.randomUUID();
        const res = await writer.send(pinAt(`第 ${i} 条`), opId).catch(() => null);
        if (!res?.ok) return;
        acked.set(opId, res.seq);
        if (acked.size === 200) first.process.kill('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: 4 }, stream));
    expect(await first.exited).toBe('SIGKILL');
    writer.close();
    expect(acked.size).toBeGreaterThanOrEqual(200);

    const second = await spawnServer(dataDir);
    expect(second.demoCode).toBe(first.demoCode);
    const reader = await TestClient.joined(second.url, { code: second.demoCode, lastSeq: 0 });
    const sync = reader.joined!.sync;
    if (sync.kind !== 'ops') throw new Error('expected a replay');
    const bySeq = new Map(sync.ops.map((o) => [o.seq, o]));
    for (const [opId, seq] of acked) expect(bySeq.get(seq)).toMatchObject({ opId, seq });
    // the log stays gap-free and keeps taking ops
    expect(sync.ops.map((o) => o.seq)).toEqual(Array.from({ length: sync.ops.length }, (_, i) => i + 1));
    const next = await reader.commit(pinAt('重启之后'));
    expect(next).toBe(sync.headSeq + 1);
    reader.close();

    second.process.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
