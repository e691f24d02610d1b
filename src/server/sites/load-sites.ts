import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { SitePackSchema, formatSiteErrors, type SitePack } from '../../core/site/schema.ts';
import type { SceneBundle } from '../../core/site/scene-schema.ts';
import type { ErrorDetail } from '../../core/protocol/errors.ts';
import { loadSceneBundle } from './load-scene.ts';

export const SITE_FILE_NAME = 'site.json';

export type SitePackLoadResult = { ok: true; site: SitePack; scene: SceneBundle } | { ok: false; messages: string[] };

export interface SiteLoadError {
  /** The pack folder (or the sites directory itself when it cannot be read). */
  dir: string;
  /** the pack's folder name, which is the id it must have; absent for the directory itself */
  siteId?: string;
  messages: string[];
}

export interface LoadedSites {
  sites: Map<string, SitePack>;
  /** the 3D side of each loaded pack, by site id */
  scenes: Map<string, SceneBundle>;
  errors: SiteLoadError[];
}

/** Reads and validates one pack folder. Never throws: a bad pack is reported, not fatal. */
export async function loadSitePack(packDir: string, modelIds?: ReadonlySet<string>): Promise<SitePackLoadResult> {
  const file = join(packDir, SITE_FILE_NAME);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    const reason = errorCode(error) === 'ENOENT' ? `not found (every site pack folder needs a ${SITE_FILE_NAME})` : errorMessage(error);
    return { ok: false, messages: [`${file}: ${reason}`] };
  }

  let json: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, messages: [`${file}: invalid JSON: ${errorMessage(error)}`] };
  }

  const messages: string[] = [];
  const parsed = SitePackSchema.safeParse(json);
  if (!parsed.success) messages.push(...formatSiteErrors(parsed.error));

  // The folder name is the pack's address (URLs, static files), so it must be the id. Checked
  // even when other fields are wrong, so a planner sees every problem in one run.
  const folderName = basename(packDir);
  const id = isRecord(json) ? json['id'] : undefined;
  if (typeof id === 'string' && id !== folderName) {
    messages.push(`id: "${id}" does not match the folder name "${folderName}"; rename one so they agree`);
  }

  if (!parsed.success || messages.length > 0) return { ok: false, messages };
  const scene = await loadSceneBundle(packDir, parsed.data, modelIds);
  return scene.ok ? { ok: true, site: parsed.data, scene: scene.scene } : { ok: false, messages: scene.messages };
}

/** Loads every pack folder under `dir`, keyed by id. Never throws: problems come back in
 * `errors`, so the app can start with the good packs and show what is wrong with the others. */
export async function loadSites(dir: string, modelIds?: ReadonlySet<string>): Promise<LoadedSites> {
  const sites = new Map<string, SitePack>();
  const scenes = new Map<string, SceneBundle>();
  const errors: SiteLoadError[] = [];

  let packDirs: string[];
  try {
    packDirs = await listPackFolders(dir);
  } catch (error) {
    errors.push({ dir, messages: [`cannot read the sites directory: ${errorMessage(error)}`] });
    return { sites, scenes, errors };
  }

  const results = await Promise.all(packDirs.map(async (packDir) => [packDir, await loadSitePack(packDir, modelIds)] as const));
  for (const [packDir, result] of results) {
    if (result.ok) {
      sites.set(result.site.id, result.site);
      scenes.set(result.site.id, result.scene);
    }
    else errors.push({ dir: packDir, siteId: basename(packDir), messages: result.messages });
  }
  return { sites, scenes, errors };
}

/** Sub-folders of `dir` in name order, following symbolic links (a planner may link a pack in
 * from elsewhere) and skipping hidden ones such as `.git`. */
async function listPackFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await isDirectory(path)))) folders.push(path);
  }
  return folders.sort();
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // a dangling link is not a pack
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorCode(error: unknown): string | undefined {
  return isRecord(error) && typeof error['code'] === 'string' ? error['code'] : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The refused packs by the id they should have (their folder name), each problem split into
 * where it is and what it is ("layers/trees.geojson features[3].geometry: …"): what the API
 * answers for such a site, so a planner reads what to fix instead of "not found". Paths are
 * made relative to the pack: the server's own folders are nobody's business over HTTP.
 */
export function refusedSitesOf(errors: readonly SiteLoadError[]): Map<string, ErrorDetail[]> {
  const refused = new Map<string, ErrorDetail[]>();
  for (const error of errors) {
    if (error.siteId === undefined) continue;
    refused.set(
      error.siteId,
      error.messages.map((message) => {
        const text = message.split(error.dir + sep).join('').split(error.dir).join(error.siteId!);
        const split = text.indexOf(': ');
        return split > 0 ? { path: text.slice(0, split), message: text.slice(split + 2) } : { path: '', message: text };
      }),
    );
  }
  return refused;
}
