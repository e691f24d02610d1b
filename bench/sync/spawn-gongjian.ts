import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface GongjianChild {
  child: ChildProcess;
  url: string;
  demoCode: string;
  exited: Promise<unknown>;
}

/**
 * Runs `src/server/main.ts` as one process (as test/helpers/child-server.ts does, which cannot
 * take node flags such as --cpu-prof: Node refuses those in NODE_OPTIONS) and reads its URL and
 * the demo session's join code from its JSON log.
 */
export async function spawnGongjian(nodeFlags: string[], env: Record<string, string>): Promise<GongjianChild> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<unknown>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // keep only the tail: enough to explain a failed start, bounded for a long run
  let stderrTail = '';
  child.stderr!.on('data', (d) => (stderrTail = (stderrTail + d).slice(-4000)));
  const lines = createInterface({ input: child.stdout! });
  let url = '';
  const ready = new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      let entry: { msg?: string; url?: string; joinCode?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'Gongjian is listening' && entry.url) url = entry.url;
      if (entry.msg === 'demo session ready' && entry.joinCode) resolve(entry.joinCode);
    });
    exited.then((code) => reject(new Error(`Gongjian exited (${String(code)}) before it was ready: ${stderrTail}`)));
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('Gongjian did not start within 30 s')), 30_000);
  });
  try {
    const demoCode = await Promise.race([ready, timeout]);
    return { child, url: url.replace('localhost', '127.0.0.1'), demoCode, exited };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
