import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { SitePack } from '../../src/core/site/schema.ts';
import type { TwinRenderStats } from '../../src/client/twin/scene/render-stats.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { ARTIFACTS, pageIn, type Language } from './app-fixture.ts';
import { launchChromium } from './chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const PILOT_SITE_ID = 'lingyan-south-road';

/** DESIGN.md: without these, Chromium may hand three.js no WebGL at all, silently. */
export const WEBGL_CHROMIUM_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] as const;

/** A desktop window, so the canvas is large enough for picking and for comparing images. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };

/** The pilot pack as the server reads it, so tests name options as a visitor sees them. */
export function readPilotSite(): SitePack {
  return JSON.parse(readFileSync(path.join(ROOT, 'public/sites', PILOT_SITE_ID, 'site.json'), 'utf8')) as SitePack;
}

/**
 * The real server on the built client plus one Chromium with WebGL. AppFixture launches its
 * browser without the WebGL flags and has no way to take them, hence this sibling; the twin
 * tests need no TCP proxy (they cut no connections).
 */
export class TwinApp {
  private constructor(
    readonly server: TestServer,
    readonly browser: Browser,
  ) {}

  static async start(): Promise<TwinApp> {
    const server = await startTestServer({ CLIENT_DIR: path.join(ROOT, 'dist/client') });
    const browser = await launchChromium(WEBGL_CHROMIUM_ARGS);
    return new TwinApp(server, browser);
  }

  get url(): string {
    return this.server.url;
  }

  /** A fresh desktop browser window (its own storage: another person). */
  desktop(language: Language = 'en'): Promise<{ context: BrowserContext; page: Page }> {
    return this.window(DESKTOP_VIEWPORT, language);
  }

  /**
   * A window of a phone's layout (360×640, one section at a time) at one device pixel per CSS
   * pixel: the layout residents get, at a quarter of the pixels SwiftShader would fill at 2×.
   */
  phone(language: Language = 'en'): Promise<{ context: BrowserContext; page: Page }> {
    return this.window({ width: 360, height: 640 }, language);
  }

  private async window(viewport: { width: number; height: number }, language: Language): Promise<{ context: BrowserContext; page: Page }> {
    return pageIn(await this.browser.newContext({ viewport }), language);
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }
}

/** The twin's stats with what the pins layer adds (src/client/twin/pins/PinDrawCallStats.tsx). */
export type TwinStatsWithPins = TwinRenderStats & { pinDrawCalls?: number; pinCount?: number; nearPinCount?: number; spritePinCount?: number };

/** The twin's own canvas (a page may hold other canvases, e.g. a QR code). */
export const twinCanvas = (page: Page) => page.locator('.twin-viewport canvas');

export function readTwinStats(page: Page): Promise<TwinRenderStats | undefined> {
  return page.evaluate(() => (window.__gongjianTwinStats ? { ...window.__gongjianTwinStats } : undefined));
}

/**
 * Waits until the twin draws the same thing frame after frame: models arrive after the first
 * frames and an option switch grows its models in over 0.4 s, so draw calls and triangles must
 * hold still for a few frames *and* a stretch of time (SwiftShader draws a few frames a second,
 * a real GPU sixty). Returns the stats of the last frame waited for.
 */
export async function waitForSteadyTwin(page: Page, { frames = 5, ms = 1500, timeoutMs = 90_000 } = {}): Promise<TwinRenderStats> {
  await page.waitForLoadState('networkidle');
  return page.evaluate(
    ({ frames, ms, timeoutMs }) =>
      new Promise<TwinRenderStats>((resolve, reject) => {
        const started = performance.now();
        let steadySince: { calls: number; triangles: number; frame: number; at: number } | null = null;
        const check = () => {
          const stats = window.__gongjianTwinStats;
          const now = performance.now();
          if (stats && stats.frames > 0) {
            if (!steadySince || steadySince.calls !== stats.calls || steadySince.triangles !== stats.triangles) {
              steadySince = { calls: stats.calls, triangles: stats.triangles, frame: stats.frames, at: now };
            } else if (stats.frames - steadySince.frame >= frames && now - steadySince.at >= ms) {
              resolve({ ...stats });
              return;
            }
          }
          if (now - started > timeoutMs) reject(new Error(`the twin did not settle within ${timeoutMs} ms: ${JSON.stringify(stats)}`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { frames, ms, timeoutMs },
  );
}

/**
 * Whether the canvas's WebGL2 context is alive. getContext on a canvas that already has a
 * context returns that same context, so this inspects three's own; the power preference R3F
 * asks for ('high-performance', not the default) proves the context was not made here.
 */
export function webglContextState(page: Page): Promise<{ present: boolean; lost: boolean; sameOnSecondCall: boolean; powerPreference: string | undefined }> {
  return twinCanvas(page).evaluate((canvas: HTMLCanvasElement) => {
    const gl = canvas.getContext('webgl2');
    return {
      present: gl !== null,
      lost: gl ? gl.isContextLost() : true,
      sameOnSecondCall: gl !== null && canvas.getContext('webgl2') === gl,
      powerPreference: gl?.getContextAttributes()?.powerPreference,
    };
  });
}

/**
 * The canvas as the compositor shows it: a PNG (to save) and its decoded pixels (to measure).
 * Taken as a shot of the viewport, cut to the canvas's box: with SwiftShader busy drawing, an
 * element shot waits through several more frames for the same pixels.
 */
export async function captureCanvas(page: Page): Promise<{ png: Buffer; image: PNG }> {
  await twinCanvas(page).scrollIntoViewIfNeeded();
  const box = (await twinCanvas(page).boundingBox())!;
  const viewport = PNG.sync.read(await page.screenshot());
  const scale = viewport.width / page.viewportSize()!.width; // device pixels per CSS pixel
  const [x, y] = [Math.round(box.x * scale), Math.round(box.y * scale)];
  const width = Math.min(Math.round(box.width * scale), viewport.width - x);
  const height = Math.min(Math.round(box.height * scale), viewport.height - y);
  const image = new PNG({ width, height });
  PNG.bitblt(viewport, image, x, y, width, height, 0, 0);
  return { png: PNG.sync.write(image), image };
}

export function saveArtifact(name: string, png: Buffer): string {
  const file = path.join(ARTIFACTS, `${name}.png`);
  writeFileSync(file, png);
  return file;
}

/** Rec. 601 luma of pixel i (RGBA bytes), 0..255. */
function luma(data: Buffer, i: number): number {
  return 0.299 * data[i * 4]! + 0.587 * data[i * 4 + 1]! + 0.114 * data[i * 4 + 2]!;
}

/** Variance of luma over the image: 0 for a canvas of one colour (cleared, nothing drawn). */
export function lumaVariance(image: PNG): number {
  const n = image.width * image.height;
  let sum = 0;
  let sumOfSquares = 0;
  for (let i = 0; i < n; i++) {
    const y = luma(image.data, i);
    sum += y;
    sumOfSquares += y * y;
  }
  const mean = sum / n;
  return sumOfSquares / n - mean * mean;
}

/**
 * Share of pixels (0..1) where any colour channel differs by more than `tolerance` levels:
 * antialiasing and shadow-map jitter move a few levels, a tree or a garden bed many.
 */
export function changedPixelShare(a: PNG, b: PNG, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`images differ in size: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  const n = a.width * a.height;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < 3; c++) {
      if (Math.abs(a.data[i * 4 + c]! - b.data[i * 4 + c]!) > tolerance) {
        changed++;
        break;
      }
    }
  }
  return changed / n;
}

/** Joins a session and opens its 3D section; resolves once the pins layer (a lazy chunk of
 * its own, which may arrive after the street) is drawing and the twin draws steadily. */
export async function joinSessionTwin(page: Page, url: string, code: string): Promise<void> {
  await page.goto(`${url}/j/${code}?tab=twin`);
  await page.locator('.connection[data-status="online"]').waitFor();
  await twinCanvas(page).waitFor();
  await page.waitForFunction(() => (window.__gongjianTwinStats as TwinStatsWithPins | undefined)?.pinCount !== undefined, null, { timeout: 60_000 });
  await waitForSteadyTwin(page);
}

/** Shows one section of a session on a phone through its bottom bar ("3D", "Comments"…). A
 * hidden 3D section stops drawing: the twins of several windows then take turns on the CPU. */
export async function showSection(page: Page, name: string | RegExp): Promise<void> {
  const bar = page.getByRole('navigation', { name: 'Parts of this session' });
  await bar.getByRole('link', { name }).click();
  await bar.locator('a[aria-current="page"]', { hasText: name }).waitFor();
}

export const pinCountOf = (page: Page) => page.evaluate(() => (window.__gongjianTwinStats as TwinStatsWithPins | undefined)?.pinCount);

/** Where a tap goes, as fractions of the canvas's width and height from its top left. */
export interface CanvasSpot {
  x: number;
  y: number;
}

/** Clicks the canvas at `spot`; the mouse clicks only what is in the viewport, so the canvas
 * is scrolled into it first (the session shows its header above the twin). */
export async function tapCanvas(page: Page, spot: CanvasSpot): Promise<void> {
  await twinCanvas(page).scrollIntoViewIfNeeded();
  const box = (await twinCanvas(page).boundingBox())!;
  const [x, y] = [box.x + spot.x * box.width, box.y + spot.y * box.height];
  // a phone's bottom bar floats over the page: make sure the click would reach the canvas
  const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [x, y]);
  if (hit !== 'CANVAS') throw new Error(`a click at ${x},${y} would land on a ${hit ?? 'nothing'}, not on the twin's canvas`);
  await page.mouse.click(x, y);
}

/**
 * Finds, among `candidates`, a spot of bare ground (no building, surface or object) in the
 * opening view of a canvas of the given size, using the standalone route's pick readout: the
 * same site, the same opening camera and the same canvas size see the same thing at the same
 * pixel. Returns the spot and the readout's lng/lat (6 decimals, as it prints them).
 */
export async function findBareGround(app: TwinApp, canvas: { width: number; height: number }, candidates: readonly CanvasSpot[]): Promise<{ spot: CanvasSpot; lng: number; lat: number }> {
  const { context, page } = await app.desktop('en');
  try {
    await page.goto(`${app.url}/twin/${PILOT_SITE_ID}`);
    // the session lays the twin out differently: give the canvas the session's size
    await page.addStyleTag({ content: `.twin-viewport { width: ${canvas.width}px !important; height: ${canvas.height}px !important; flex: none !important; }` });
    await waitForSteadyTwin(page);
    const size = (await twinCanvas(page).boundingBox())!;
    if (Math.round(size.width) !== Math.round(canvas.width) || Math.round(size.height) !== Math.round(canvas.height)) {
      throw new Error(`standalone canvas is ${size.width}×${size.height}, wanted ${canvas.width}×${canvas.height}`);
    }
    const readout = page.locator('.twin-picked');
    for (const spot of candidates) {
      const before = await readout.textContent();
      await tapCanvas(page, spot);
      await page.waitForFunction((previous) => document.querySelector('.twin-picked')?.textContent !== previous, before, { timeout: 5_000 }).catch(() => {});
      const ground = /Tapped the ground: latitude (-?[\d.]+), longitude (-?[\d.]+)/.exec((await readout.textContent()) ?? '');
      if (ground) return { spot, lat: Number(ground[1]), lng: Number(ground[2]) };
    }
    throw new Error(`none of the candidate spots is bare ground: ${JSON.stringify(candidates)}`);
  } finally {
    await context.close();
  }
}

/**
 * Every socket.io event the page receives over its WebSocket, decoded: what reaches the
 * browser's store (the client keeps its store to itself; this is the same data, read at the
 * wire). Attach before the page connects.
 */
export function recordReceivedEvents(page: Page): { name: string; args: unknown[] }[] {
  const events: { name: string; args: unknown[] }[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      // an engine.io message (4) carrying a socket.io event (2), optionally with an ack id
      const packet = typeof payload === 'string' ? /^42\d*(\[.*)$/s.exec(payload) : null;
      if (!packet) return;
      const [name, ...args] = JSON.parse(packet[1]!) as [string, ...unknown[]];
      events.push({ name, args });
    });
  });
  return events;
}

/** The first object anywhere inside `value` that `match` accepts (depth-first). */
export function findDeep<T>(value: unknown, match: (candidate: Record<string, unknown>) => boolean): T | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && match(value as Record<string, unknown>)) return value as T;
  for (const child of Object.values(value)) {
    const found = findDeep<T>(child, match);
    if (found) return found;
  }
  return undefined;
}

/** The middle of the blue pixels within `radius` of `centre` (a pin's colour), or undefined. */
export function bluePixelCentre(image: PNG, centre: { x: number; y: number }, radius: number): { x: number; y: number } | undefined {
  let [sumX, sumY, count] = [0, 0, 0];
  forEachPixelNear(image, centre, radius, (x, y, [r, g, b]) => {
    if (!isPinBlue(r, g, b)) return;
    sumX += x;
    sumY += y;
    count++;
  });
  return count === 0 ? undefined : { x: sumX / count, y: sumY / count };
}

/**
 * Pixels of a pin marker's hue in a square of `radius` px around a canvas point: the street,
 * the haze and the shadows are greys, olives and greens, an 'idea' marker is strong blue.
 */
export function bluePixelsNear(image: PNG, centre: { x: number; y: number }, radius: number): number {
  let count = 0;
  forEachPixelNear(image, centre, radius, (_x, _y, [r, g, b]) => {
    if (isPinBlue(r, g, b)) count++;
  });
  return count;
}

/** The "idea" pins' blue, lit or shaded, and nothing else the pilot street shows. */
const isPinBlue = (r: number, g: number, b: number) => b - r > 60 && b - g > 30;

function forEachPixelNear(image: PNG, centre: { x: number; y: number }, radius: number, visit: (x: number, y: number, rgb: [number, number, number]) => void): void {
  for (let y = Math.max(0, Math.round(centre.y - radius)); y < Math.min(image.height, Math.round(centre.y + radius)); y++) {
    for (let x = Math.max(0, Math.round(centre.x - radius)); x < Math.min(image.width, Math.round(centre.x + radius)); x++) {
      const i = (y * image.width + x) * 4;
      visit(x, y, [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!]);
    }
  }
}
