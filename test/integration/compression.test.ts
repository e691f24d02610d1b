import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefillPins } from '../../bench/sync/prefill.ts';
import { TcpProxy } from '../helpers/tcp-proxy.ts';
import { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

/** A phone joining a busy hearing receives the whole map; on its network that must be small. */
describe('compression of large messages', () => {
  let server: TestServer;
  let proxy: TcpProxy & { port: number };
  let code: string;
  beforeAll(async () => {
    server = await startTestServer();
    proxy = await TcpProxy.start(server.port);
    ({ code } = await server.createSession('a busy map'));
    await prefillPins(server.url, code, 2_000);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
  });

  it('sends the map of 2,000 comments a joining client gets in a fraction of its JSON size', async () => {
    const client = await TestClient.connect(`http://127.0.0.1:${proxy.port}`);
    try {
      const before = proxy.bytesFromServer;
      const joined = await client.join({ code });
      expect(joined.ok).toBe(true);
      const json = Buffer.byteLength(JSON.stringify(joined));
      const onWire = proxy.bytesFromServer - before;
      console.log(`join of 2,000 comments: ${json} bytes of JSON, ${onWire} on the wire`);
      expect(json).toBeGreaterThan(500_000);
      expect(onWire).toBeLessThan(json / 5);
    } finally {
      client.close();
    }
  });
});
