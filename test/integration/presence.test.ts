import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pose } from '../../src/core/protocol/messages.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { TestClient } from '../helpers/test-client.ts';

const pose = (heading: number): Pose => ({ lng: 121.5065, lat: 31.159, height: 1.6, heading, pitch: -5 });

describe('presence and poses', () => {
  let server: TestServer;
  let code: string;
  let walker: TestClient;
  let watcher: TestClient;

  beforeAll(async () => {
    server = await startTestServer({ POSES_PER_SECOND: '10' });
    code = (await server.createSession()).code;
    walker = await TestClient.joined(server.url, { code, mode: 'twin' });
    watcher = await TestClient.joined(server.url, { code, mode: 'hearing' });
  });
  afterAll(async () => {
    walker?.close();
    watcher?.close();
    await server?.stop();
  });

  const posesSeen = () => watcher.received.filter((r) => r.event === 'pose:update');

  it('relays poses to the others in the session, never back to the sender, never stored', async () => {
    const head = server.ctx.hubs.get('lingyan-south-road')!.headSeq;
    walker.socket.emit('pose', pose(90));
    const seen = await watcher.until(() => posesSeen()[0], 'pose');
    expect(seen.args[0]).toEqual({ connectionId: walker.joined!.you.connectionId, pose: pose(90) });
    expect(walker.received.some((r) => r.event === 'pose:update')).toBe(false);
    expect(server.ctx.hubs.get('lingyan-south-road')!.headSeq).toBe(head);
  });

  it('drops poses beyond the per-participant rate', async () => {
    const runner = await TestClient.joined(server.url, { code, mode: 'ar' }); // a fresh rate window
    const fromRunner = () => posesSeen().filter((r) => (r.args[0] as { connectionId: string }).connectionId === runner.joined!.you.connectionId);
    for (let i = 0; i < 50; i++) runner.socket.emit('pose', pose(i));
    // a mode change sent after the burst arrives after every relayed pose (one ordered connection)
    await runner.socket.emitWithAck('presence:mode', { mode: 'map' });
    await watcher.until(() => watcher.received.some((r) => r.event === 'presence:updated'), 'mode change');
    expect(fromRunner().length).toBeGreaterThan(0);
    expect(fromRunner().length).toBeLessThanOrEqual(10);
    runner.close();
  });

  it('announces mode changes', async () => {
    await walker.socket.emitWithAck('presence:mode', { mode: 'ar' });
    const update = await watcher.until(
      () => watcher.received.find((r) => r.event === 'presence:updated' && (r.args[0] as { connectionId: string }).connectionId === walker.joined!.you.connectionId),
      'walker mode change',
    );
    expect(update.args[0]).toMatchObject({ mode: 'ar', role: 'participant' });
  });
});
