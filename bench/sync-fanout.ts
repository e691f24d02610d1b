/**
 * Sync fan-out benchmark: the real Gongjian server against a bare socket.io relay, under the
 * same offered load in the same run, so the verdict rests on ratios (DESIGN.md: this 2-core
 * machine is noisy). Prints exactly one JSON line on stdout; progress goes to stderr.
 *
 *   npm run -s bench:sync
 *   BENCH_RECEIVERS=500 BENCH_OPS_PER_SECOND=1000 npm run -s bench:sync
 *   BENCH_SERVER_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run -s bench:sync
 */
import { startBareRelay } from './sync/bare-relay-target.ts';
import { loadFanoutConfig } from './sync/config.ts';
import { FanoutSide } from './sync/fanout-side.ts';
import { startGongjian } from './sync/gongjian-target.ts';
import { rounded } from './sync/percentile.ts';
import type { Target } from './sync/target.ts';
import { runBench } from './run-bench.ts';

/** Gongjian must deliver at least this share of what a bare relay delivers at the same load. */
const MIN_DELIVERED_RATIO = 0.8;
/** Load before a later slice, so it does not start on an idle (cold-cache, no-backlog) server. */
const SETTLE_MS = 500;

const cfg = loadFanoutConfig();
const targets: Target[] = [];
const sides: FanoutSide[] = [];

async function cleanUp(): Promise<void> {
  for (const side of sides.splice(0)) side.close();
  await Promise.allSettled(targets.splice(0).map((t) => t.stop()));
}

// a Ctrl-C must not leave a server child (or its temp dir) behind

function ratio(ours: number | null, theirs: number | null): number | null {
  return ours === null || theirs === null || theirs === 0 ? null : rounded(ours / theirs, 3);
}

async function main(): Promise<void> {
  // both servers up and joined first, then A B A B …: both sides meet the same machine noise
  targets.push(await startGongjian(cfg.serverNodeFlags, cfg.prefillPins));
  targets.push(await startBareRelay(cfg.serverNodeFlags));
  for (const target of targets) sides.push(await FanoutSide.open(target, cfg));
  const [gongjianSide, baselineSide] = sides as [FanoutSide, FanoutSide];

  const sliceMs = (cfg.seconds * 1000) / cfg.rounds;
  for (let round = 0; round < cfg.rounds; round++) {
    for (const side of [gongjianSide, baselineSide]) {
      const warmupMs = round === 0 ? cfg.warmupSeconds * 1000 : SETTLE_MS;
      process.stderr.write(`[bench:sync] round ${round + 1}/${cfg.rounds}: ${side.target.name}, ${cfg.opsPerSecond} ops/s\n`);
      await side.runSlice(warmupMs, sliceMs);
    }
  }
  const gongjian = gongjianSide.result();
  const baseline = baselineSide.result();
  await cleanUp();

  const ratios = {
    deliveryP95: ratio(gongjian.deliveryP95Ms, baseline.deliveryP95Ms),
    deliveredPerSecond: ratio(gongjian.deliveredPerSecond, baseline.deliveredPerSecond),
  };
  const pass = gongjian.lostOps === 0 && ratios.deliveredPerSecond !== null && ratios.deliveredPerSecond >= MIN_DELIVERED_RATIO;
  const line = {
    bench: 'sync-fanout',
    receivers: cfg.receivers,
    writers: cfg.writers,
    targetOpsPerSecond: cfg.opsPerSecond,
    seconds: cfg.seconds,
    rounds: cfg.rounds,
    prefillPins: cfg.prefillPins,
    gongjian,
    baseline,
    ratios,
    pass,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

runBench(main, cleanUp);
