import { percentile, rounded } from '../sync/percentile.ts';
import type { FrameSample } from './frame-sampler.ts';

export interface SideSummary {
  /** the most any measured frame drew: the scene does not change while measured */
  calls: number;
  triangles: number;
  medianFrameMs: number | null;
  /** CPU time issuing the frame's calls; SwiftShader draws them later, in the GPU process */
  medianRenderMs: number | null;
}

export function summarise(samples: readonly FrameSample[]): SideSummary {
  return {
    calls: Math.max(...samples.map((s) => s.calls)),
    triangles: Math.max(...samples.map((s) => s.triangles)),
    medianFrameMs: rounded(percentile(samples.map((s) => s.frameMs), 50), 1),
    medianRenderMs: rounded(percentile(samples.map((s) => s.renderMs), 50), 2),
  };
}

/** The pins' own draw calls per frame as the pins layer counts them (null: not published). */
export function pinDrawCalls(samples: readonly FrameSample[]): number | null {
  const counted = samples.map((s) => s.pinDrawCalls).filter((n): n is number => n !== null);
  return counted.length === 0 ? null : Math.max(...counted);
}
