/**
 * The grow-in of an option's models and the fade-in of its surfaces after a switch: one clock
 * per option change, shared by every instanced mesh of the option, started by the first frame
 * that asks. Lives in a ref-like object, read in useFrame: never React state.
 */
/** While growing, each frame asks for the next within this long (render-pacing.ts). */
export const GROWING_FRAME_MS = 100;

export class GrowthClock {
  private start: number | null = null;
  finished = false;

  constructor(private readonly seconds = 0.4) {}

  /** 0..1 linear progress at `now` (seconds, the R3F clock). */
  progress(now: number): number {
    this.start ??= now;
    const t = this.seconds > 0 ? (now - this.start) / this.seconds : 1;
    if (t >= 1) this.finished = true;
    return Math.min(1, Math.max(0, t));
  }

  /** Scale factor with a small overshoot, so new things read as "arriving". */
  scale(now: number): number {
    const t = this.progress(now);
    if (t >= 1) return 1;
    const overshoot = 1.4;
    const u = t - 1;
    return 1 + (overshoot + 1) * u * u * u + overshoot * u * u;
  }
}
