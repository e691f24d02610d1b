/** One render benchmark run; every figure can be changed by env. */
export interface RenderBenchConfig {
  /** the page's CSS size: fixed, so the canvas (and the pixels SwiftShader fills) is too */
  viewport: { width: number; height: number };
  /** frames measured per side, split evenly over the rounds */
  frames: number;
  /** slices per side, alternating (0 pins, 10k pins, 0 pins, …) so both meet the same noise */
  rounds: number;
  /** frames drawn and dropped after each resume: the first one's time spans the pause */
  warmupFrames: number;
  pins: number;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Defaults: SwiftShader draws the pilot street at a few frames a second on this 2-core
 * machine, so 120 frames a side is about a minute and a half in all. */
export function loadRenderBenchConfig(env: NodeJS.ProcessEnv = process.env): RenderBenchConfig {
  return {
    viewport: { width: 1280, height: 720 },
    frames: positiveInteger(env, 'BENCH_RENDER_FRAMES', 120),
    rounds: positiveInteger(env, 'BENCH_RENDER_ROUNDS', 3),
    warmupFrames: positiveInteger(env, 'BENCH_RENDER_WARMUP_FRAMES', 3),
    pins: positiveInteger(env, 'BENCH_RENDER_PINS', 10_000),
  };
}
