import { setTimeout as sleep } from 'node:timers/promises';
import type { Socket } from 'socket.io-client';
import { v7 as uuidv7 } from 'uuid';
import type { ClientOpBody } from '../../src/core/protocol/ops.ts';
import type { OpLedger } from './op-ledger.ts';

/** Lingyan South Road, where the pilot site's pins go. */
const PILOT = { lng: 121.5065, lat: 31.159 };

type PinOp = { opId: string } & Extract<ClientOpBody, { type: 'annotation.create' }>;

/** A valid new pin, a few metres off the pilot point; both targets get the very same shape. */
function pinOp(n: number): PinOp {
  return {
    opId: uuidv7(),
    type: 'annotation.create',
    payload: {
      id: uuidv7(),
      position: { lng: PILOT.lng + (n % 50) * 1e-5, lat: PILOT.lat + (n % 7) * 1e-5, height: 0 },
      category: 'idea',
      text: `Bench pin ${n}: more shade trees and a bench by the bus stop, please`,
    },
  };
}

export interface WriterPlan {
  /** when this writer's first op is due (performance.now() time) */
  firstAt: number;
  /** no op is sent at or after this time */
  endAt: number;
  intervalMs: number;
  /** ops in flight before the writer waits for an ack */
  window: number;
}

/**
 * Sends one pin per slot on a fixed schedule. A late ack holds the writer back only once
 * `window` ops are in flight. Slots missed meanwhile are skipped, not made up in a burst: the
 * offered rate never exceeds the target, so both targets see the same load at most, and a
 * server that cannot keep up shows as fewer ops sent.
 */
export async function runWriter(socket: Socket, plan: WriterPlan, ledger: OpLedger): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let n = 0;
  for (let slot = plan.firstAt; ; slot += plan.intervalMs) {
    const wait = slot - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= plan.window) await Promise.race(inFlight);
    const now = performance.now();
    if (now >= plan.endAt) break;
    const missed = Math.floor((now - slot) / plan.intervalMs);
    if (missed > 0) slot += missed * plan.intervalMs;
    const op = pinOp(n++);
    ledger.sent(op.opId, now);
    const settled = socket
      .timeout(10_000)
      .emitWithAck('op', op)
      .then(
        (res: { ok?: boolean; error?: unknown }) => ledger.settled(op.opId, performance.now(), res?.ok === true, res?.error),
        (err: Error) => ledger.settled(op.opId, performance.now(), false, err.message),
      )
      .finally(() => inFlight.delete(settled));
    inFlight.add(settled);
  }
  await Promise.all(inFlight);
}
