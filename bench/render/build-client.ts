import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Builds the client in production mode (what phones get) into a folder of the benchmark's
 * own, for its servers' CLIENT_DIR. Not dist/client: an end-to-end run or `npm start` that
 * rebuilds there mid-benchmark swaps the lazy chunks' hashed names under a page still loading
 * them. Vite's output goes to stderr: stdout carries only the JSON line.
 */
export function buildClientForBench(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongjian-bench-client-'));
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', dir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2], // fd 2: stderr
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
