/** What one sync fan-out run offers and how big it is; every figure can be changed by env. */
export interface FanoutConfig {
  receivers: number;
  writers: number;
  /** offered load, summed over all writers */
  opsPerSecond: number;
  /** measured seconds, after the warm-up */
  seconds: number;
  /** before each target's first slice; later slices get a short settle instead */
  warmupSeconds: number;
  /** measured slices per target, alternating between targets (A B A B …) */
  rounds: number;
  /** unacked ops a writer may have in flight before it waits (1 = strictly one at a time) */
  window: number;
  /** sockets opened at once: 200 simultaneous handshakes on 2 cores would time out and skew the start */
  connectBatch: number;
  /** how long to wait after the last send for late deliveries before counting an op as lost */
  drainMs: number;
  /** pins committed to Gongjian's map before measuring (a map that has lived a while) */
  prefillPins: number;
  /** extra node flags for both server children, e.g. --cpu-prof (which NODE_OPTIONS may not carry) */
  serverNodeFlags: string[];
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** Defaults fit this 2-core machine and keep both runs together under a minute. */
export function loadFanoutConfig(env: NodeJS.ProcessEnv = process.env): FanoutConfig {
  return {
    receivers: Math.round(positiveNumber(env, 'BENCH_RECEIVERS', 200)),
    writers: Math.round(positiveNumber(env, 'BENCH_WRITERS', 10)),
    opsPerSecond: positiveNumber(env, 'BENCH_OPS_PER_SECOND', 500),
    seconds: positiveNumber(env, 'BENCH_SECONDS', 8),
    warmupSeconds: positiveNumber(env, 'BENCH_WARMUP_SECONDS', 2),
    rounds: Math.round(positiveNumber(env, 'BENCH_ROUNDS', 2)),
    window: Math.round(positiveNumber(env, 'BENCH_WINDOW', 4)),
    connectBatch: Math.round(positiveNumber(env, 'BENCH_CONNECT_BATCH', 25)),
    drainMs: positiveNumber(env, 'BENCH_DRAIN_MS', 5000),
    prefillPins: env.BENCH_PREFILL_PINS === '0' ? 0 : Math.round(positiveNumber(env, 'BENCH_PREFILL_PINS', 10_000)),
    serverNodeFlags: (env.BENCH_SERVER_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
  };
}
