interface SentOp {
  sentAt: number;
  /** sent inside a measured window (not during a warm-up) */
  measured: boolean;
  acked: boolean;
  receipts: number;
}

/**
 * Every op the writers sent, keyed by opId, with its send time. Writers and receivers live in
 * this one process, so `performance.now()` on both sides is the same clock: delivery latency is
 * receipt time minus the send time found here.
 */
export class OpLedger {
  private readonly ops = new Map<string, SentOp>();
  readonly ackLatencies: number[] = [];
  readonly deliveryLatencies: number[] = [];
  sentMeasured = 0;
  refusedMeasured = 0;
  /** op receipts (over all receivers) that arrived inside a measured window, whichever op */
  deliveredInWindow = 0;
  /** why the first refused or timed-out op failed, to show on stderr */
  firstFailure: unknown = null;

  private window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };

  constructor(private readonly receivers: number) {}

  /** Sets the next measured window (performance.now() times); what happens outside it is warm-up or drain. */
  measureBetween(from: number, to: number): void {
    this.window = { from, to };
  }

  sent(opId: string, at: number): void {
    const measured = at >= this.window.from && at < this.window.to;
    this.ops.set(opId, { sentAt: at, measured, acked: false, receipts: 0 });
    if (measured) this.sentMeasured++;
  }

  settled(opId: string, at: number, ok: boolean, failure?: unknown): void {
    const op = this.ops.get(opId);
    if (!op) return;
    op.acked = ok;
    if (!ok) this.firstFailure ??= failure ?? 'no reason given';
    if (!op.measured) return;
    if (ok) this.ackLatencies.push(at - op.sentAt);
    else this.refusedMeasured++;
  }

  /** Called once per op per receiver; kept cheap because it runs ~100k times a second. */
  received(opId: string, at: number): void {
    if (at >= this.window.from && at < this.window.to) this.deliveredInWindow++;
    const op = this.ops.get(opId);
    if (!op) return;
    op.receipts++;
    if (op.measured) this.deliveryLatencies.push(at - op.sentAt);
  }

  /** Measured ops that were acked (so promised to everyone) but that some receiver has not got. */
  undelivered(): number {
    let missing = 0;
    for (const op of this.ops.values()) if (op.measured && op.acked && op.receipts < this.receivers) missing++;
    return missing;
  }
}
