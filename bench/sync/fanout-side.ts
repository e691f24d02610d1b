import { setTimeout as sleep } from 'node:timers/promises';
import type { Socket } from 'socket.io-client';
import type { FanoutConfig } from './config.ts';
import { OpLedger } from './op-ledger.ts';
import { openSockets } from './open-sockets.ts';
import { percentile, rounded } from './percentile.ts';
import { cpuSeconds, ownCpuSeconds, residentMB } from './proc-stats.ts';
import type { Target } from './target.ts';
import { runWriter } from './writer.ts';

export interface FanoutResult {
  ackedOps: number;
  ackP50Ms: number | null;
  ackP95Ms: number | null;
  deliveryP50Ms: number | null;
  deliveryP95Ms: number | null;
  /** op receipts per second, summed over all receivers, during the measured windows */
  deliveredPerSecond: number;
  /** acked measured ops that at least one receiver never got */
  lostOps: number;
  rssMB: number | null;
  /** information beyond the brief: what was really offered, and who used the 2 cores */
  sentOps: number;
  refusedOps: number;
  serverCpuPercent: number | null;
  loadgenCpuPercent: number | null;
}

const say = (msg: string) => process.stderr.write(`[bench:sync] ${msg}\n`);

/** A dead server shows as a gap (NaN → null) in the figures, not as a crash of the bench. */
function serverCpuSeconds(pid: number): number {
  try {
    return cpuSeconds(pid);
  } catch {
    return Number.NaN;
  }
}

/**
 * One target with its receivers and writers connected, measured in slices: the run alternates
 * slices of the two targets so that noise from the rest of the machine falls on both alike.
 */
export class FanoutSide {
  private readonly ledger: OpLedger;
  private measuredMs = 0;
  private serverCpu = 0;
  private loadgenCpu = 0;

  private constructor(
    readonly target: Target,
    private readonly cfg: FanoutConfig,
    private readonly receivers: Socket[],
    private readonly writers: Socket[],
  ) {
    this.ledger = new OpLedger(receivers.length);
    for (const socket of receivers) {
      socket.on(target.receiptEvent, (message: unknown) => {
        const at = performance.now();
        target.forEachOpId(message, (opId) => this.ledger.received(opId, at));
      });
    }
  }

  static async open(target: Target, cfg: FanoutConfig): Promise<FanoutSide> {
    const started = performance.now();
    const receivers = await openSockets(target, cfg.receivers, cfg.connectBatch);
    let writers: Socket[];
    try {
      writers = await openSockets(target, cfg.writers, cfg.connectBatch);
    } catch (err) {
      for (const s of receivers) s.close();
      throw err;
    }
    const took = ((performance.now() - started) / 1000).toFixed(1);
    say(`${target.name}: ${cfg.receivers} receivers + ${cfg.writers} writers joined in ${took} s`);
    return new FanoutSide(target, cfg, receivers, writers);
  }

  /** Offers the load for `warmupMs` unmeasured then `measureMs` measured, and waits for stragglers. */
  async runSlice(warmupMs: number, measureMs: number): Promise<void> {
    const { cfg, ledger } = this;
    const start = performance.now() + 50;
    const from = start + warmupMs;
    const to = from + measureMs;
    ledger.measureBetween(from, to);
    const sentBefore = ledger.sentMeasured;
    const deliveredBefore = ledger.deliveredInWindow;
    const intervalMs = (1000 * cfg.writers) / cfg.opsPerSecond;
    const writing = Promise.all(
      this.writers.map((socket, i) =>
        // staggered so the writers' slots interleave instead of firing together
        runWriter(socket, { firstAt: start + (i * intervalMs) / cfg.writers, endAt: to, intervalMs, window: cfg.window }, ledger),
      ),
    );
    // CPU is read at the window's edges, so joining and warm-ups do not count
    await sleep(Math.max(0, from - performance.now()));
    const server = serverCpuSeconds(this.target.pid);
    const loadgen = ownCpuSeconds();
    await sleep(Math.max(0, to - performance.now()));
    const sliceServerCpu = serverCpuSeconds(this.target.pid) - server;
    const sliceLoadgenCpu = ownCpuSeconds() - loadgen;
    this.serverCpu += sliceServerCpu;
    this.loadgenCpu += sliceLoadgenCpu;
    this.measuredMs += measureMs;
    await writing;
    // the next slice (of either target) starts only once this one's ops have arrived or given up
    const drainUntil = performance.now() + cfg.drainMs;
    while (ledger.undelivered() > 0 && performance.now() < drainUntil) await sleep(20);
    // per slice, so a server that slows down as its log grows shows as a trend on stderr
    const measuredS = measureMs / 1000;
    const perSecond = (n: number) => Math.round(n / measuredS);
    const percent = (cpuS: number) => Math.round((cpuS / measuredS) * 100);
    say(
      `${this.target.name} slice: sent ${perSecond(ledger.sentMeasured - sentBefore)}/s, ` +
        `delivered ${perSecond(ledger.deliveredInWindow - deliveredBefore)}/s, ` +
        `server CPU ${percent(sliceServerCpu)}%, load generator CPU ${percent(sliceLoadgenCpu)}%`,
    );
  }

  result(): FanoutResult {
    const { ledger } = this;
    if (ledger.firstFailure) say(`${this.target.name}: first failed op: ${JSON.stringify(ledger.firstFailure)}`);
    const seconds = this.measuredMs / 1000;
    let rssMB = Number.NaN;
    try {
      rssMB = residentMB(this.target.pid);
    } catch {
      // the server is gone: report no figure rather than a made-up one
    }
    const result: FanoutResult = {
      ackedOps: ledger.ackLatencies.length,
      ackP50Ms: rounded(percentile(ledger.ackLatencies, 50), 2),
      ackP95Ms: rounded(percentile(ledger.ackLatencies, 95), 2),
      deliveryP50Ms: rounded(percentile(ledger.deliveryLatencies, 50), 2),
      deliveryP95Ms: rounded(percentile(ledger.deliveryLatencies, 95), 2),
      deliveredPerSecond: Math.round(ledger.deliveredInWindow / seconds),
      lostOps: ledger.undelivered(),
      rssMB: rounded(rssMB, 1),
      sentOps: ledger.sentMeasured,
      refusedOps: ledger.refusedMeasured,
      serverCpuPercent: rounded((this.serverCpu / seconds) * 100, 0),
      loadgenCpuPercent: rounded((this.loadgenCpu / seconds) * 100, 0),
    };
    say(`${this.target.name}: ${JSON.stringify(result)}`);
    return result;
  }

  close(): void {
    for (const socket of [...this.receivers, ...this.writers]) socket.close();
  }
}
