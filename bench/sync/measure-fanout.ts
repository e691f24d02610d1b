import type { Socket } from 'socket.io-client';
import { setTimeout as sleep } from 'node:timers/promises';
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
  /** op receipts per second, summed over all receivers, during the measured window */
  deliveredPerSecond: number;
  /** acked measured ops that at least one receiver never got */
  lostOps: number;
  rssMB: number | null;
  /** information beyond the brief: what was offered, and who used the 2 cores */
  sentOps: number;
  refusedOps: number;
  serverCpuPercent: number | null;
  loadgenCpuPercent: number | null;
}

const say = (msg: string) => process.stderr.write(`[bench:sync] ${msg}\n`);

/**
 * CPU seconds the server and this process use between the window's edges, so that joining and
 * the warm-up do not count. Resolves at the window's end (or just after, if the loop is late).
 */
async function cpuOver(pid: number, window: { from: number; to: number }) {
  // a server that died mid-run shows as a gap (NaN → null), not as a crash of the bench
  const serverCpu = () => {
    try {
      return cpuSeconds(pid);
    } catch {
      return Number.NaN;
    }
  };
  await sleep(Math.max(0, window.from - performance.now()));
  const server = serverCpu();
  const loadgen = ownCpuSeconds();
  await sleep(Math.max(0, window.to - performance.now()));
  return { serverSeconds: serverCpu() - server, loadgenSeconds: ownCpuSeconds() - loadgen };
}

/** Joins receivers and writers to `target`, offers the configured load, and measures it. */
export async function measureFanout(target: Target, cfg: FanoutConfig): Promise<FanoutResult> {
  const sockets: Socket[] = [];
  try {
    const joinStarted = performance.now();
    const receivers = await openSockets(target, cfg.receivers, cfg.connectBatch);
    sockets.push(...receivers);
    const writers = await openSockets(target, cfg.writers, cfg.connectBatch);
    sockets.push(...writers);
    say(`${target.name}: ${cfg.receivers} receivers + ${cfg.writers} writers ready in ${((performance.now() - joinStarted) / 1000).toFixed(1)} s`);

    const start = performance.now() + 200;
    const window = { from: start + cfg.warmupSeconds * 1000, to: start + (cfg.warmupSeconds + cfg.seconds) * 1000 };
    const ledger = new OpLedger(cfg.receivers, window);
    for (const socket of receivers) {
      socket.on(target.receiptEvent, (message: unknown) => {
        const at = performance.now();
        target.forEachOpId(message, (opId) => ledger.received(opId, at));
      });
    }

    const cpuInWindow = cpuOver(target.pid, window);

    const intervalMs = (1000 * cfg.writers) / cfg.opsPerSecond;
    say(`${target.name}: ${cfg.opsPerSecond} ops/s for ${cfg.warmupSeconds} s warm-up + ${cfg.seconds} s measured`);
    await Promise.all(
      writers.map((socket, i) =>
        runWriter(
          socket,
          // staggered so the writers' slots interleave instead of firing together
          { firstAt: start + (i * intervalMs) / cfg.writers, endAt: window.to, intervalMs, window: cfg.window },
          ledger,
        ),
      ),
    );
    const cpu = await cpuInWindow;

    const drainUntil = performance.now() + cfg.drainMs;
    while (ledger.undelivered() > 0 && performance.now() < drainUntil) await sleep(50);
    const lostOps = ledger.undelivered();
    if (ledger.firstFailure) say(`${target.name}: first failed op: ${JSON.stringify(ledger.firstFailure)}`);

    const rssMB = residentMB(target.pid);
    const result: FanoutResult = {
      ackedOps: ledger.ackLatencies.length,
      ackP50Ms: rounded(percentile(ledger.ackLatencies, 50), 2),
      ackP95Ms: rounded(percentile(ledger.ackLatencies, 95), 2),
      deliveryP50Ms: rounded(percentile(ledger.deliveryLatencies, 50), 2),
      deliveryP95Ms: rounded(percentile(ledger.deliveryLatencies, 95), 2),
      deliveredPerSecond: Math.round(ledger.deliveredInWindow / cfg.seconds),
      lostOps,
      rssMB: rounded(rssMB, 1),
      sentOps: ledger.sentMeasured,
      refusedOps: ledger.refusedMeasured,
      serverCpuPercent: rounded((cpu.serverSeconds / cfg.seconds) * 100, 0),
      loadgenCpuPercent: rounded((cpu.loadgenSeconds / cfg.seconds) * 100, 0),
    };
    say(`${target.name}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    for (const socket of sockets) socket.close();
  }
}
