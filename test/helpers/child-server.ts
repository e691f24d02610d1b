import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { RAISED_LIMITS } from './test-server.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ChildServer {
  process: ChildProcess;
  url: string;
  demoCode: string;
  facilitatorUrl: string;
  /** resolves with the exit code or signal */
  exited: Promise<number | string | null>;
}

/** Runs `src/server/main.ts` as its own process (as `npm start` does), for kill -9 and signal tests. */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  // one process (not the tsx CLI, which forks): SIGKILL must hit the server itself
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...RAISED_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const lines = createInterface({ input: child.stdout! });
  let url = '';
  const ready = new Promise<{ demoCode: string; facilitatorUrl: string }>((resolve, reject) => {
    lines.on('line', (line) => {
      let entry: Record<string, string>;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'Gongjian is listening') url = entry.url!;
      if (entry.msg === 'demo session ready') resolve({ demoCode: entry.joinCode!, facilitatorUrl: entry.facilitatorUrl! });
    });
    exited.then((code) => reject(new Error(`server exited (${code}) before it was ready: ${stderr}`)));
  });
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('server start timed out')), 30_000).unref());
  const { demoCode, facilitatorUrl } = await Promise.race([ready, timeout]);
  return { process: child, url: url.replace('localhost', '127.0.0.1'), demoCode, facilitatorUrl, exited };
}
