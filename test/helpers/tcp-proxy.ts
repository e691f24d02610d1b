import net from 'node:net';

/**
 * A TCP proxy in front of the app server that a test can cut and restore. Playwright's offline
 * mode does not close open WebSockets, so losing the connection is simulated here: `cut()`
 * destroys every open connection and refuses new ones until `restore()`.
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly open = new Set<net.Socket>();
  private refusing = false;

  private constructor(targetPort: number) {
    this.server = net.createServer((client) => {
      if (this.refusing) return void client.destroy();
      const upstream = net.connect(targetPort, '127.0.0.1');
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
    this.refusing = true;
    for (const s of this.open) s.destroy();
  }

  restore(): void {
    this.refusing = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
