import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { newPhoneContext } from '../../test/e2e/chromium.ts';
import { RAISED_LIMITS } from '../../test/helpers/test-server.ts';
import { prefillPins } from '../sync/prefill.ts';
import { spawnGongjian, type GongjianChild } from '../sync/spawn-gongjian.ts';
import { terminate } from '../sync/target.ts';

/** A phone's network as Chromium emulates it (throughput in bytes per second). */
export interface NetworkConditions {
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** One phone's join, from the address typed to the comments section shown. */
export interface JoinSample {
  /** until the session says it is connected: joined, and the map received and applied */
  onlineMs: number;
  /** until the comments section shows its first card (or says there are none) */
  readyMs: number;
  /** elements in the page then */
  domNodes: number;
  /** JavaScript heap in use then (Chromium's Performance.getMetrics) */
  heapMB: number;
}

/**
 * One side of the comparison: its own server (fresh SQLite; the demo session's site map holding
 * `pins` comments, sent as a participant sends them) that a new phone joins, one at a time.
 */
export class JoinSide {
  private constructor(
    readonly pins: number,
    private readonly server: GongjianChild,
    private readonly dataDir: string,
    private readonly network: NetworkConditions | undefined,
  ) {}

  static async open(clientDir: string, pins: number, network?: NetworkConditions): Promise<JoinSide> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gongjian-bench-join-'));
    const server = await spawnGongjian([], { ...RAISED_LIMITS, STORAGE: 'sqlite', DATA_DIR: dataDir, CLIENT_DIR: clientDir }).catch((err) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    });
    const side = new JoinSide(pins, server, dataDir, network);
    try {
      await prefillPins(server.url, server.demoCode, pins);
      return side;
    } catch (err) {
      await side.close();
      throw err;
    }
  }

  /** A new phone (nothing cached, a new identity) joins by the code and opens the comments. */
  async join(browser: Browser): Promise<JoinSample> {
    const context = await newPhoneContext(browser);
    try {
      await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (this.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...this.network });
      }
      const started = Date.now();
      await page.goto(`${this.server.url}/j/${this.server.demoCode}?tab=comments`);
      await page.locator('.connection[data-status="online"]').waitFor({ timeout: 120_000 });
      const onlineMs = Date.now() - started;
      await page.locator('.pin-list > li, .empty-note').first().waitFor({ timeout: 120_000 });
      const readyMs = Date.now() - started;
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
      return { onlineMs, readyMs, domNodes: metric('Nodes'), heapMB: metric('JSHeapUsedSize') / 1e6 };
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    try {
      await terminate(this.server.child, this.server.exited);
    } finally {
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}
