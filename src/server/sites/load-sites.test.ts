import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSitePack, loadSites, refusedSitesOf } from './load-sites.ts';

const PUBLIC_SITES = fileURLToPath(new URL('../../../public/sites/', import.meta.url));
const PILOT_ID = 'lingyan-south-road';

let root: string;
let pilot: Record<string, unknown>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongjian-sites-'));
  pilot = JSON.parse(await readFile(join(PUBLIC_SITES, PILOT_ID, 'site.json'), 'utf8'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The pilot's layer and option files, which its site.json names: a copy of the pilot's
 * site.json needs them beside it to load. */
async function copyPilotFiles(dir: string): Promise<void> {
  for (const folder of ['layers', 'options']) {
    await cp(join(PUBLIC_SITES, PILOT_ID, folder), join(dir, folder), { recursive: true });
  }
}

/** Writes `content` as `<root>/<folder>/site.json` (objects as JSON, strings verbatim) beside a
 * copy of the pilot's layer and option files. */
async function writePack(folder: string, content: unknown): Promise<string> {
  const dir = join(root, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'site.json'), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  await copyPilotFiles(dir);
  return dir;
}

describe('loadSites', () => {
  it('loads the pilot pack from public/sites', async () => {
    const { sites, errors } = await loadSites(PUBLIC_SITES);
    expect(errors).toEqual([]);
    expect(sites.get(PILOT_ID)?.name.en).toBe('Lingyan South Road');
  });

  it('loads good packs and reports bad ones, without throwing', async () => {
    await writePack('good-one', { ...pilot, id: 'good-one' });
    const badJson = await writePack('bad-json', '{ "id": "bad-json", ');
    const badSchema = await writePack('bad-schema', { ...pilot, id: 'bad-schema', timeZone: 'Mars/Olympus' });
    const misnamed = await writePack('misnamed', { ...pilot, id: 'another-name' });
    const empty = join(root, 'empty');
    await mkdir(empty);

    const { sites, errors } = await loadSites(root);

    expect([...sites.keys()]).toEqual(['good-one']);
    expect(errors.map((e) => e.dir)).toEqual([badJson, badSchema, empty, misnamed]);
    const [jsonError, schemaError, emptyError, nameError] = errors;
    expect(jsonError!.messages).toHaveLength(1);
    expect(jsonError!.messages[0]).toContain(join(badJson, 'site.json'));
    expect(jsonError!.messages[0]).toContain('invalid JSON');
    expect(schemaError!.messages).toEqual([
      'timeZone: unknown time zone: use an IANA name such as "Asia/Shanghai"',
    ]);
    expect(emptyError!.messages[0]).toContain(join(empty, 'site.json'));
    expect(emptyError!.messages[0]).toContain('not found');
    expect(nameError!.messages).toEqual([
      'id: "another-name" does not match the folder name "misnamed"; rename one so they agree',
    ]);
  });

  it('reports schema errors and a folder mismatch together', async () => {
    const dir = await writePack('two-problems', { ...pilot, id: 'other', formatVersion: 2 });
    const result = await loadSitePack(dir);
    expect(result.ok ? [] : result.messages).toEqual([
      'formatVersion: Invalid input: expected 1',
      'id: "other" does not match the folder name "two-problems"; rename one so they agree',
    ]);
  });

  it('reads a site.json saved with a byte-order mark', async () => {
    const dir = await writePack('with-bom', `\uFEFF${JSON.stringify({ ...pilot, id: 'with-bom' })}`);
    expect((await loadSitePack(dir)).ok).toBe(true);
  });

  it('skips hidden folders and loose files, and follows linked folders', async () => {
    await writePack('.git', '{ not json');
    await writeFile(join(root, 'README.md'), '# packs');
    const elsewhere = await mkdtemp(join(tmpdir(), 'gongjian-linked-'));
    try {
      await mkdir(join(elsewhere, 'linked-pack'));
      await writeFile(join(elsewhere, 'linked-pack', 'site.json'), JSON.stringify({ ...pilot, id: 'linked-pack' }));
      await copyPilotFiles(join(elsewhere, 'linked-pack'));
      await symlink(join(elsewhere, 'linked-pack'), join(root, 'linked-pack'), 'dir');
      await symlink(join(elsewhere, 'nowhere'), join(root, 'dangling'));

      const { sites, errors } = await loadSites(root);
      expect(errors).toEqual([]);
      expect([...sites.keys()]).toEqual(['linked-pack']);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('reports a missing sites directory instead of throwing', async () => {
    const missing = join(root, 'does-not-exist');
    const { sites, errors } = await loadSites(missing);
    expect(sites.size).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.dir).toBe(missing);
    expect(errors[0]!.messages[0]).toMatch(/^cannot read the sites directory: ENOENT/);
  });
});

describe('refusedSitesOf', () => {
  it('keys refused packs by folder, splits each problem at its path, and shows no server folder', async () => {
    await writePack('broken-json', '{ "id": "broken-json", ');
    await writePack('bad-origin', { ...pilot, id: 'bad-origin', origin: { lng: 121.5, lat: 123 } });
    await mkdir(join(root, 'no-site-file'));
    const refused = refusedSitesOf((await loadSites(root)).errors);
    expect([...refused.keys()].sort()).toEqual(['bad-origin', 'broken-json', 'no-site-file']);
    expect(refused.get('bad-origin')).toContainEqual({ path: 'origin.lat', message: expect.stringContaining('90') });
    expect(refused.get('broken-json')).toEqual([{ path: 'site.json', message: expect.stringContaining('invalid JSON') }]);
    expect(refused.get('no-site-file')).toEqual([{ path: 'site.json', message: expect.stringContaining('not found') }]);
    expect(JSON.stringify([...refused])).not.toContain(root);
  });
});
