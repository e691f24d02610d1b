import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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

/** A copy of the whole pilot pack (site.json, layers, options) under `root`, renamed. */
async function copyPilot(folder: string): Promise<string> {
  const dir = join(root, folder);
  await cp(PILOT, dir, { recursive: true });
  const pack = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));
  pack.id = folder;
  await writeFile(join(dir, 'site.json'), JSON.stringify(pack));
  return dir;
}

async function editJson(file: string, edit: (json: any) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

async function writeBrokenPack(): Promise<string> {
  const dir = await copyPilot('broken-pack');
  await editJson(join(dir, 'site.json'), (pack) => delete pack.options[1].name.en);
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

  it('checks the files site.json names: an error inside a layer file is reported with its file and path', { timeout: TIMEOUT_MS }, async () => {
    const dir = await copyPilot('broken-layer');
    await editJson(join(dir, 'layers', 'buildings.geojson'), (layer) => {
      delete layer.features[3].properties.height;
      delete layer.features[3].properties.levels;
    });
    await editJson(join(dir, 'layers', 'trees.geojson'), (layer) => (layer.features[1].id = layer.features[0].id));
    const { code, stdout, stderr } = await runValidator(dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n').map((line) => line.trim());
    expect(lines).toContain('layers/buildings.geojson: features[3].properties: a building needs "height" (metres) or "levels"');
    expect(lines.some((line) => line.startsWith('layers/trees.geojson: features[1].id: duplicate feature id'))).toBe(true);
    expect(lines.at(-1)).toBe('2 problem(s) found; 0 site pack(s) valid.');
  });

  it('reports a missing option file and an unknown model in an option, each with its file', { timeout: TIMEOUT_MS }, async () => {
    const dir = await copyPilot('broken-options');
    await rm(join(dir, 'options', 'shared-street.json'));
    await editJson(join(dir, 'options', 'garden-street.json'), (scene) => (scene.models[0].model = 'fountain'));
    const { code, stderr } = await runValidator(dir);
    expect(code).toBe(1);
    expect(stderr).toContain('options/shared-street.json: file not found');
    expect(stderr).toContain('options/garden-street.json: models[0].model: unknown model "fountain"');
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
