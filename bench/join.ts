/**
 * Join benchmark: a phone joining a session whose site map holds 10,000 comments, against the
 * same phone joining an empty map, in one run. Each side is its own server; new phones join
 * them in alternating turns, so both meet the same machine noise. Measures the time from the
 * address to the comments section shown, the page's element count and its JavaScript heap.
 * Prints exactly one JSON line on stdout; progress goes to stderr.
 *
 *   npm run -s bench:join
 *   BENCH_JOIN_PINS=20000 BENCH_JOIN_ROUNDS=5 npm run -s bench:join
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/e2e/chromium.ts';
import { JoinSide, type JoinSample, type NetworkConditions } from './join/join-side.ts';
import { buildClientForBench } from './render/build-client.ts';
import { positiveIntegerFromEnv, runBench } from './run-bench.ts';
import { percentile, rounded } from './sync/percentile.ts';

/**
 * Guards, set from the first runs (loopback: 2.4× the time, +1,552 elements): a busy map may
 * cost a phone the parsing of its comments, but not a page that grows with them — rendering
 * every card again would add some 200,000 elements — nor much more than that parsing.
 */
const TARGETS = { readyRatioMax: 3, domNodesAddedMax: 2500 };


/** BENCH_JOIN_NETWORK=4g: a phone on a typical 4G link (10 Mbit/s down, 40 ms), as Chromium
 * emulates it; unset: loopback, which measures the work and hides the transfer. */
const NETWORKS: Record<string, NetworkConditions> = {
  '4g': { latency: 40, downloadThroughput: (10e6 / 8) | 0, uploadThroughput: (3e6 / 8) | 0 },
};
const networkName = process.env.BENCH_JOIN_NETWORK || undefined;
if (networkName && !NETWORKS[networkName]) throw new Error(`BENCH_JOIN_NETWORK must be one of ${Object.keys(NETWORKS).join(', ')}, got "${networkName}"`);

const cfg = {
  pins: positiveIntegerFromEnv(process.env, 'BENCH_JOIN_PINS', 10_000),
  rounds: positiveIntegerFromEnv(process.env, 'BENCH_JOIN_ROUNDS', 3),
  network: networkName,
};
const log = (message: string) => process.stderr.write(`[bench:join] ${message}\n`);
let browser: Browser | undefined;
let client: ReturnType<typeof buildClientForBench> | undefined;
const sides: JoinSide[] = [];

async function cleanUp(): Promise<void> {
  await Promise.allSettled(sides.splice(0).map((side) => side.close()));
  await browser?.close().catch(() => {});
  client?.remove();
  client = undefined;
}


const median = (samples: JoinSample[], pick: (s: JoinSample) => number) => percentile(samples.map(pick), 50);

function summarise(samples: JoinSample[]) {
  return {
    medianOnlineMs: rounded(median(samples, (s) => s.onlineMs), 0),
    medianReadyMs: rounded(median(samples, (s) => s.readyMs), 0),
    medianDomNodes: rounded(median(samples, (s) => s.domNodes), 0),
    medianHeapMB: rounded(median(samples, (s) => s.heapMB), 1),
  };
}

async function main(): Promise<void> {
  log('building the client (production)');
  client = buildClientForBench();
  browser = await launchChromium();
  log('0 comments: server');
  const network = networkName ? NETWORKS[networkName] : undefined;
  const empty = await JoinSide.open(client.dir, 0, network);
  sides.push(empty);
  log(`${cfg.pins} comments: server, map prefilled over one socket`);
  const busy = await JoinSide.open(client.dir, cfg.pins, network);
  sides.push(busy);

  const samples = new Map<JoinSide, JoinSample[]>(sides.map((side) => [side, []]));
  for (let round = 0; round < cfg.rounds; round++) {
    for (const side of sides) {
      log(`round ${round + 1}/${cfg.rounds}: a phone joins the map of ${side.pins}`);
      samples.get(side)!.push(await side.join(browser));
    }
  }
  const emptyMap = summarise(samples.get(empty)!);
  const busyMap = summarise(samples.get(busy)!);
  await cleanUp();

  const ratio = (a: number | null, b: number | null) => (a !== null && b ? rounded(a / b, 2) : null);
  const readyRatio = ratio(busyMap.medianReadyMs, emptyMap.medianReadyMs);
  const domNodesAdded = busyMap.medianDomNodes !== null && emptyMap.medianDomNodes !== null ? busyMap.medianDomNodes - emptyMap.medianDomNodes : null;
  const line = {
    bench: 'join',
    viewport: { width: 360, height: 640, deviceScaleFactor: 2 },
    network: networkName ?? 'loopback',
    rounds: cfg.rounds,
    emptyMap,
    busyMap: { comments: cfg.pins, ...busyMap },
    readyRatio,
    domNodesAdded,
    heapRatio: ratio(busyMap.medianHeapMB, emptyMap.medianHeapMB),
    targets: TARGETS,
    pass: readyRatio !== null && domNodesAdded !== null && readyRatio <= TARGETS.readyRatioMax && domNodesAdded <= TARGETS.domNodesAddedMax,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

runBench(main, cleanUp);
