import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CHROMIUM_PATH } from './chromium.ts';
import { existsSync } from 'node:fs';

/** Builds the client once for all end-to-end tests (they run the real server on it). */
export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`end-to-end tests need Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk`);
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    // vitest sets NODE_ENV=test, which would bundle React's development build: measure what phones get
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
