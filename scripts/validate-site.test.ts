import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(REPO, 'scripts', 'validate-site.ts');
const PILOT = join(REPO, 'public', 'sites', 'lingyan-south-road');
// Each run starts a fresh tsx process: allow for a busy machine shared with other jobs.
const TIMEOUT_MS = 30_000;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runValidator(...args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongjian-validate-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeBrokenPack(): Promise<string> {
  const pack = JSON.parse(await readFile(join(PILOT, 'site.json'), 'utf8'));
  pack.id = 'broken-pack';
  delete pack.options[1].name.en;
  const dir = join(root, 'broken-pack');
  await mkdir(dir);
  await writeFile(join(dir, 'site.json'), JSON.stringify(pack));
  return dir;
}

describe('scripts/validate-site.ts', () => {
  it('accepts the pilot pack with exit code 0 and a one-line summary', { timeout: TIMEOUT_MS }, async () => {
    const { code, stdout, stderr } = await runValidator(PILOT);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toEqual(['OK: 1 site pack(s) valid (lingyan-south-road).']);
    expect(code).toBe(0);
  });

  it('rejects a broken pack with exit code 1, naming the JSON path', { timeout: TIMEOUT_MS }, async () => {
    const dir = await writeBrokenPack();
    const { code, stdout, stderr } = await runValidator(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(dir);
    expect(stderr).toContain('options[1].name.en: ');
  });

  it('checks a folder of packs and fails if any pack is broken', { timeout: TIMEOUT_MS }, async () => {
    await writeBrokenPack();
    const { code, stderr } = await runValidator(root);
    expect(code).toBe(1);
    expect(stderr).toContain('options[1].name.en: ');
  });

  it('fails when there is nothing to validate', { timeout: TIMEOUT_MS }, async () => {
    const { code, stderr } = await runValidator(root);
    expect(code).toBe(1);
    expect(stderr).toContain('No site packs found');
  });
});
