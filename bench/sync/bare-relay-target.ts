import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Socket } from 'socket.io-client';
import { terminate, type Target } from './target.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** bench/bare-relay.ts as its own process, started the same way as the Gongjian server. */
export async function startBareRelay(nodeFlags: string[]): Promise<Target> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'bench/bare-relay.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<unknown>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      try {
        resolve((JSON.parse(line) as { url: string }).url);
      } catch {
        reject(new Error(`bare relay said: ${line}`));
      }
    });
    exited.then((code) => reject(new Error(`bare relay exited (${String(code)}) before listening`)));
  });
  return {
    name: 'baseline',
    url,
    pid: child.pid!,
    async enrol(_socket: Socket) {
      // nothing to join: every connected socket gets every op
    },
    receiptEvent: 'op',
    forEachOpId(message, each) {
      each((message as { opId: string }).opId);
    },
    stop: () => terminate(child, exited),
  };
}
