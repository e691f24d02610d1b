import type { Socket } from 'socket.io-client';

/**
 * A server under load, as the fan-out run sees it. Both targets get the same clients, the same
 * ops on the same `op` event with an ack; they differ only in how a socket gets ready to send
 * and receive, and in how ops reach receivers.
 */
export interface Target {
  name: 'gongjian' | 'baseline';
  url: string;
  /** of the server process itself, for /proc figures */
  pid: number;
  /** readies a connected socket (Gongjian: joins the demo session) */
  enrol(socket: Socket): Promise<void>;
  /** the event receivers get ops on */
  receiptEvent: string;
  /** calls `each` with the opId of every op one message of `receiptEvent` carries */
  forEachOpId(message: unknown, each: (opId: string) => void): void;
  /** ends the server process and removes whatever it wrote */
  stop(): Promise<void>;
}

/** Sends SIGTERM, waits for the exit (so a --cpu-prof profile gets written), then insists. */
export async function terminate(child: { kill(signal: NodeJS.Signals): boolean }, exited: Promise<unknown>): Promise<void> {
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
