/**
 * Sync fan-out benchmark: the real Gongjian server against a bare socket.io relay, under the
 * same offered load in the same run, so the verdict rests on ratios (DESIGN.md: this 2-core
 * machine is noisy). Prints exactly one JSON line on stdout; progress goes to stderr.
 *
 *   npm run bench:sync
 *   BENCH_RECEIVERS=500 BENCH_OPS_PER_SECOND=1000 npm run bench:sync
 *   BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" npm run bench:sync
 */
import { loadFanoutConfig } from './sync/config.ts';
import { measureFanout, type FanoutResult } from './sync/measure-fanout.ts';
import { rounded } from './sync/percentile.ts';
import { startBareRelay } from './sync/bare-relay-target.ts';
import { startGongjian } from './sync/gongjian-target.ts';
import type { Target } from './sync/target.ts';

/** Gongjian must deliver at least this share of what a bare relay delivers at the same load. */
const MIN_DELIVERED_RATIO = 0.8;

const cfg = loadFanoutConfig();
let running: Target | null = null;

// a Ctrl-C must not leave a server child (and its temp dir) behind
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    const stopping = running?.stop() ?? Promise.resolve();
    stopping.finally(() => process.exit(130));
  });
}

async function measure(start: (nodeOptions: string) => Promise<Target>): Promise<FanoutResult> {
  running = await start(cfg.serverNodeOptions);
  try {
    return await measureFanout(running, cfg);
  } finally {
    await running.stop();
    running = null;
  }
}

function ratio(ours: number | null, theirs: number | null): number | null {
  return ours === null || theirs === null || theirs === 0 ? null : rounded(ours / theirs, 3);
}

async function main(): Promise<void> {
  const gongjian = await measure(startGongjian);
  const baseline = await measure(startBareRelay);
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
    gongjian,
    baseline,
    ratios,
    pass,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

// exit 0 whatever `pass` says (it is a measurement); non-zero only when the bench itself failed
main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
