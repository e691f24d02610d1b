import type { WireOp } from '../protocol/wire.ts';

export interface SeqTrackerOptions {
  /** how long a missing seq may stay missing before it counts as a gap (ms) */
  reorderWindowMs: number;
  now: () => number;
}

export type TrackResult =
  /** ops now in order and ready to apply (possibly empty) */
  | { kind: 'ready'; ops: WireOp[] }
  /** a seq stayed missing past the window: ask the server to replay from `fromSeq` */
  | { kind: 'gap'; fromSeq: number };

/**
 * Puts a receiver's op stream back in seq order. With several server processes, batches can
 * arrive out of order; a missing seq is held for a short window before it is treated as a gap.
 * Duplicates (seq already applied) are dropped. Pure logic with an injected clock; call `poll`
 * from a timer to notice gaps when nothing else arrives.
 */
export class SeqTracker {
  private pending = new Map<number, WireOp>();
  private waitingSince: number | null = null;

  constructor(
    private applied: number,
    private readonly options: SeqTrackerOptions,
  ) {}

  get lastApplied(): number {
    return this.applied;
  }

  /** Resets after a snapshot or replay brought the receiver to `seq`. */
  resetTo(seq: number): void {
    this.applied = seq;
    for (const s of this.pending.keys()) if (s <= seq) this.pending.delete(s);
    this.waitingSince = this.pending.size ? this.options.now() : null;
  }

  receive(ops: readonly WireOp[]): TrackResult {
    for (const op of ops) if (op.seq > this.applied) this.pending.set(op.seq, op);
    return this.poll();
  }

  poll(): TrackResult {
    const ready: WireOp[] = [];
    for (let next = this.pending.get(this.applied + 1); next; next = this.pending.get(this.applied + 1)) {
      this.pending.delete(next.seq);
      this.applied = next.seq;
      ready.push(next);
    }
    if (this.pending.size === 0) {
      this.waitingSince = null;
      return { kind: 'ready', ops: ready };
    }
    const now = this.options.now();
    if (ready.length > 0 || this.waitingSince === null) this.waitingSince = now;
    if (now - this.waitingSince >= this.options.reorderWindowMs && ready.length === 0) {
      return { kind: 'gap', fromSeq: this.applied };
    }
    return { kind: 'ready', ops: ready };
  }
}
