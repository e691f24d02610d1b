import type { TwinStatsWithPins } from '../../test/e2e/twin-helpers.ts';

/** One drawn frame as the twin published it. */
export interface FrameSample {
  frameMs: number;
  renderMs: number;
  calls: number;
  triangles: number;
  pinDrawCalls: number | null;
}

/**
 * Runs in the page: records the stats of the next `count` frames after dropping `warmup`,
 * polling once per animation frame. A frame seen only after a later one (two frames between
 * polls) is skipped rather than misread: each sample is exactly one frame's figures.
 */
export function sampleFrames({ count, warmup }: { count: number; warmup: number }): Promise<FrameSample[]> {
  return new Promise((resolve, reject) => {
    const samples: FrameSample[] = [];
    const stats = () => window.__gongjianTwinStats as TwinStatsWithPins | undefined;
    const first = stats();
    if (!first) return reject(new Error('the twin publishes no stats: is the page automated?'));
    let lastFrame = first.frames;
    let dropped = 0;
    const poll = () => {
      const s = stats()!;
      if (s.frames === lastFrame + 1) {
        if (dropped < warmup) dropped++;
        else samples.push({ frameMs: s.frameMs, renderMs: s.renderMs, calls: s.calls, triangles: s.triangles, pinDrawCalls: s.pinDrawCalls ?? null });
      }
      lastFrame = s.frames;
      if (samples.length >= count) resolve(samples);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}
