import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RAISED_LIMITS } from '../../test/helpers/test-server.ts';
import { twinCanvas, waitForSteadyTwin, type TwinStatsWithPins } from '../../test/e2e/twin-helpers.ts';
import { prefillPins } from '../sync/prefill.ts';
import { spawnGongjian, type GongjianChild } from '../sync/spawn-gongjian.ts';
import { terminate } from '../sync/target.ts';
import type { RenderBenchConfig } from './config.ts';
import { sampleFrames, type FrameSample } from './frame-sampler.ts';
import { prepareBenchContext } from './page-scripts.ts';

/** Where the twin is opened: in a session's 3D tab (with its pins), or on the standalone
 * route (no session, no pins layer) when the session has no 3D tab to open. */
export type TwinRoute = 'session' | 'standalone';

/**
 * One side of the comparison: its own server (fresh SQLite, the demo session holding `pins`
 * annotations) and one page showing its twin, loaded, settled and paused until sampled.
 */
export class TwinSide {
  private constructor(
    readonly pins: number,
    private readonly server: GongjianChild,
    private readonly dataDir: string,
    private readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, clientDir: string, cfg: RenderBenchConfig, pins: number, route: TwinRoute): Promise<TwinSide> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'gongjian-bench-render-'));
    const server = await spawnGongjian([], { ...RAISED_LIMITS, STORAGE: 'sqlite', DATA_DIR: dataDir, CLIENT_DIR: clientDir }).catch((err) => {
      rmSync(dataDir, { recursive: true, force: true });
      throw err;
    });
    const context = await browser.newContext({ viewport: cfg.viewport, deviceScaleFactor: 1 });
    const side = new TwinSide(pins, server, dataDir, context, await context.newPage());
    try {
      // real annotations in the session the twin shows, sent as a participant would send them
      await prefillPins(server.url, server.demoCode, pins);
      await prepareBenchContext(context);
      await context.addInitScript(() => localStorage.setItem('gj.language', 'en'));
      await side.load(route);
      return side;
    } catch (err) {
      await side.close();
      throw err;
    }
  }

  private async load(route: TwinRoute): Promise<void> {
    const page = this.page;
    page.on('pageerror', (err) => process.stderr.write(`[bench:render] page error: ${err.message}\n`));
    if (route === 'session') {
      // render=always: every display frame is drawn, so frame times measure what a frame costs
      // (the app otherwise draws a still twin about once a second)
      await page.goto(`${this.server.url}/j/${this.server.demoCode}?tab=twin&render=always`);
      await page.locator('.connection[data-status="online"]').waitFor({ timeout: 60_000 });
      // every pin has reached the page and the pins layer has drawn it
      await page.waitForFunction((n) => (window.__gongjianTwinStats as TwinStatsWithPins | undefined)?.pinCount === n, this.pins, { timeout: 120_000 });
    } else {
      await page.goto(`${this.server.url}/twin/lingyan-south-road?render=always`);
    }
    await twinCanvas(page).waitFor({ timeout: 60_000 });
    await waitForSteadyTwin(page);
    await page.evaluate(() => window.__benchFrameGate!.pause());
  }

  /** Lets the twin draw `count + warmup` frames and returns the last `count`; pauses it again. */
  async sample(count: number, warmup: number): Promise<FrameSample[]> {
    await this.page.evaluate(() => window.__benchFrameGate!.resume());
    try {
      return await this.page.evaluate(sampleFrames, { count, warmup });
    } finally {
      await this.page.evaluate(() => window.__benchFrameGate!.pause());
    }
  }

  /** How the pins were drawn in the last frame: as 3D markers and as sprites (the rest hidden
   * behind nearer ones). */
  pinsDrawnAs(): Promise<{ markers: number | null; sprites: number | null }> {
    return this.page.evaluate(() => {
      const stats = window.__gongjianTwinStats as TwinStatsWithPins | undefined;
      return { markers: stats?.nearPinCount ?? null, sprites: stats?.spritePinCount ?? null };
    });
  }

  /** A screenshot of the twin as the frames were measured, to look at (the compositor keeps
   * showing the paused twin's last frame). */
  async saveScreenshot(file: string): Promise<void> {
    await twinCanvas(this.page).screenshot({ path: file });
  }

  /** Shadows are on when the sun is up: the twin's sun controls say which. */
  async sunIsUp(): Promise<boolean> {
    return (await this.page.getByText('The sun is below the horizon').count()) === 0 && (await this.page.getByText(/above the horizon/).count()) > 0;
  }

  /** What drew the frames (SwiftShader here), as WebGL reports it. */
  rendererName(): Promise<string> {
    return twinCanvas(this.page).evaluate((canvas: HTMLCanvasElement) => {
      const gl = canvas.getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => {});
    try {
      await terminate(this.server.child, this.server.exited);
    } finally {
      rmSync(this.dataDir, { recursive: true, force: true });
    }
  }
}
