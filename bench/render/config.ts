import { positiveIntegerFromEnv } from '../run-bench.ts';

/** One render benchmark run; every figure can be changed by env. */
export interface RenderBenchConfig {
  /** the page's CSS size: fixed, so the canvas (and the pixels SwiftShader fills) is too; a
   * smaller one tells whether pins cost per vertex (ratio unchanged) or per pixel */
  viewport: { width: number; height: number };
  /** frames measured per side, split evenly over the rounds */
  frames: number;
  /** slices per side, alternating (0 pins, 10k pins, 0 pins, …) so both meet the same noise */
  rounds: number;
  /** frames drawn and dropped after each resume: the first one's time spans the pause */
  warmupFrames: number;
  pins: number;
}


/** "1280x720" → { width, height }; fixed by default so runs compare. */
function viewport(env: NodeJS.ProcessEnv): { width: number; height: number } {
  const raw = env.BENCH_RENDER_VIEWPORT;
  if (raw === undefined || raw === '') return { width: 1280, height: 720 };
  const size = /^(\d+)x(\d+)$/.exec(raw);
  if (!size) throw new Error(`BENCH_RENDER_VIEWPORT must look like 1280x720, got "${raw}"`);
  return { width: Number(size[1]), height: Number(size[2]) };
}

/** Defaults: SwiftShader draws the pilot street at four or five frames a second on this 2-core
 * machine, so the 0-pin side takes half a minute; the 10,000-pin side takes as long as its
 * frames do (a few minutes in all while pins cost what they do today). */
export function loadRenderBenchConfig(env: NodeJS.ProcessEnv = process.env): RenderBenchConfig {
  return {
    viewport: viewport(env),
    frames: positiveIntegerFromEnv(env, 'BENCH_RENDER_FRAMES', 120),
    rounds: positiveIntegerFromEnv(env, 'BENCH_RENDER_ROUNDS', 3),
    warmupFrames: positiveIntegerFromEnv(env, 'BENCH_RENDER_WARMUP_FRAMES', 3),
    pins: positiveIntegerFromEnv(env, 'BENCH_RENDER_PINS', 10_000),
  };
}
