import net from 'node:net';

const SOCKET_IO_REQUEST = /^(GET|POST) \/socket\.io\//m;

/**
 * A TCP proxy in front of the app server that a test can cut and restore. Playwright's offline
 * mode does not close open WebSockets, so losing the connection is simulated here:
 * - `cut()` destroys every open connection and refuses new ones;
 * - `cutLiveLink()` does the same to socket.io traffic only, so the page itself still loads (a
 *   reload while the live link is down, as when only the realtime server is unreachable).
 * `restore()` lets everything through again.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly open = new Set<net.Socket>();
  private mode: 'open' | 'cut' | 'live-link-cut' = 'open';
  /** bytes the server has sent through the proxy, as they went over TCP */
  bytesFromServer = 0;

  private constructor(targetPort: number) {
    this.server = net.createServer((client) => {
      if (this.mode === 'cut') return void client.destroy();
      const upstream = net.connect(targetPort, '127.0.0.1');
      upstream.on('data', (chunk) => void (this.bytesFromServer += chunk.length));
      client.on('data', (chunk) => {
        if (this.mode === 'live-link-cut' && SOCKET_IO_REQUEST.test(chunk.toString('latin1'))) {
          client.destroy();
          upstream.destroy();
        }
      });
      for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
        this.open.add(a);
        a.on('error', () => b.destroy());
        a.on('close', () => {
          this.open.delete(a);
          b.destroy();
        });
        a.pipe(b);
      }
    });
  }

  static async start(targetPort: number): Promise<TcpProxy & { port: number }> {
    const proxy = new TcpProxy(targetPort);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    return Object.assign(proxy, { port: (proxy.server.address() as net.AddressInfo).port });
  }

  cut(): void {
    this.mode = 'cut';
    this.dropAll();
  }

  cutLiveLink(): void {
    this.mode = 'live-link-cut';
    this.dropAll();
  }

  restore(): void {
    this.mode = 'open';
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private dropAll(): void {
    for (const s of this.open) s.destroy();
  }
}
