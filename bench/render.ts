/**
 * Render benchmark: the twin in a session with 0 pins against the same twin with 10,000 pins,
 * in one run, in headless Chromium on SwiftShader at a fixed 1280×720, shadows on (the twin's
 * default summer afternoon). Each side is its own server and session, so the pins are the
 * only difference; the sides draw in alternating slices, so both meet the same machine noise
 * (DESIGN.md: the verdict rests on the ratio). Prints exactly one JSON line on stdout;
 * progress goes to stderr.
 *
 *   npm run -s bench:render
 *   BENCH_RENDER_FRAMES=240 BENCH_RENDER_ROUNDS=4 npm run -s bench:render
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SESSION_TABS } from '../src/client/routing/session-tab.ts';
import { launchChromium } from '../test/e2e/chromium.ts';
import { WEBGL_CHROMIUM_ARGS } from '../test/e2e/twin-helpers.ts';
import { rounded } from './sync/percentile.ts';
import { buildClientForBench } from './render/build-client.ts';
import { loadRenderBenchConfig } from './render/config.ts';
import type { FrameSample } from './render/frame-sampler.ts';
import { pinDrawCalls, summarise } from './render/summary.ts';
import { TwinSide } from './render/twin-side.ts';
import { runBench } from './run-bench.ts';

/** Issue 4: pins at most 2 draw calls however many, and 10k pins at most 1.3× the frame time. */
const TARGETS = { pinDrawCallsMax: 2, ratioMax: 1.3 };
const SCREENSHOTS = path.resolve('test-results/bench');

const cfg = loadRenderBenchConfig();
const log = (message: string) => process.stderr.write(`[bench:render] ${message}\n`);
let browser: Browser | undefined;
let client: ReturnType<typeof buildClientForBench> | undefined;
const sides: TwinSide[] = [];

async function cleanUp(): Promise<void> {
  await Promise.allSettled(sides.splice(0).map((side) => side.close()));
  await browser?.close().catch(() => {});
  client?.remove();
  client = undefined;
}


async function main(): Promise<void> {
  log('building the client (production)');
  client = buildClientForBench();
  browser = await launchChromium(WEBGL_CHROMIUM_ARGS);
  // Pins live in the session's 3D tab. Without that tab there is nothing honest to put 10,000
  // pins into: measure the bare twin and say so.
  const pinsAvailable = (SESSION_TABS as readonly string[]).includes('twin');

  log(`0 pins: server, session, twin${pinsAvailable ? '' : ' (standalone route: the session has no 3D tab)'}`);
  const zero = await TwinSide.open(browser, client.dir, cfg, 0, pinsAvailable ? 'session' : 'standalone');
  sides.push(zero);
  let many: TwinSide | undefined;
  if (pinsAvailable) {
    log(`${cfg.pins} pins: server, session prefilled over one socket, twin`);
    many = await TwinSide.open(browser, client.dir, cfg, cfg.pins, 'session');
    sides.push(many);
  }

  const perSlice = Math.ceil(cfg.frames / cfg.rounds);
  const samples = new Map<TwinSide, FrameSample[]>(sides.map((side) => [side, []]));
  for (let round = 0; round < cfg.rounds; round++) {
    for (const side of sides) {
      log(`round ${round + 1}/${cfg.rounds}: ${side.pins} pins, ${perSlice} frames`);
      samples.get(side)!.push(...(await side.sample(perSlice, cfg.warmupFrames)));
    }
  }

  // to look at: what the frames measured showed
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const side of sides) await side.saveScreenshot(path.join(SCREENSHOTS, `render-${side.pins}-pins.png`));
  log(`screenshots in ${path.relative(process.cwd(), SCREENSHOTS)}`);

  const renderer = await zero.rendererName();
  const shadows = (await Promise.all(sides.map((side) => side.sunIsUp()))).every(Boolean);
  const zeroPins = summarise(samples.get(zero)!);
  let tenThousandPins: Record<string, unknown> = { pins: 'not available' };
  let ratio: number | null = null;
  let pass = false;
  if (many) {
    const withPins = summarise(samples.get(many)!);
    const counted = pinDrawCalls(samples.get(many)!);
    // the pins layer counts its own calls; the difference in total calls checks that count
    const callsAddedByPins = withPins.calls - zeroPins.calls;
    ratio = withPins.medianFrameMs && zeroPins.medianFrameMs ? rounded(withPins.medianFrameMs / zeroPins.medianFrameMs, 3) : null;
    tenThousandPins = { pins: cfg.pins, drawnAs: await many.pinsDrawnAs(), ...withPins, pinDrawCalls: counted, callsAddedByPins };
    pass =
      shadows &&
      counted !== null &&
      Math.max(counted, callsAddedByPins) <= TARGETS.pinDrawCallsMax &&
      ratio !== null &&
      ratio <= TARGETS.ratioMax;
  }
  await cleanUp();

  const line = {
    bench: 'render',
    viewport: cfg.viewport,
    frames: perSlice * cfg.rounds,
    rounds: cfg.rounds,
    renderer,
    shadows,
    zeroPins,
    tenThousandPins,
    ratio,
    targets: TARGETS,
    pass,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

runBench(main, cleanUp);
