// Checks site packs before they go live: `npm run site:validate <pack folder | folder of packs>`.
// Prints each problem with its JSON path and exits 1 if there is any, so it can gate CI. It loads
// packs exactly as the server does at start (site.json, then every layer and option file it
// names), and checks model ids against the models the app ships, as the server does.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readModelIds } from '../src/server/sites/load-scene.ts';
import { SITE_FILE_NAME, loadSitePack, loadSites, type SiteLoadError } from '../src/server/sites/load-sites.ts';

const MODEL_MANIFEST = fileURLToPath(new URL('../public/models/manifest.json', import.meta.url));

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** A folder holding a site.json is one pack; any other folder is taken as a folder of packs. */
async function validate(dir: string): Promise<{ validIds: string[]; errors: SiteLoadError[] }> {
  // Without a manifest (models not built yet) model ids go unchecked, as on the server.
  const modelIds = await readModelIds(MODEL_MANIFEST);
  if (await isFile(join(dir, SITE_FILE_NAME))) {
    const result = await loadSitePack(dir, modelIds);
    return result.ok ? { validIds: [result.site.id], errors: [] } : { validIds: [], errors: [{ dir, messages: result.messages }] };
  }
  const { sites, errors } = await loadSites(dir, modelIds);
  return { validIds: [...sites.keys()], errors };
}

async function main(args: string[]): Promise<number> {
  const [dir, ...rest] = args;
  if (dir === undefined || rest.length > 0) {
    console.error('usage: npm run site:validate <site pack folder | folder of site packs>');
    return 2;
  }

  const { validIds, errors } = await validate(dir);
  for (const { dir: packDir, messages } of errors) {
    console.error(`✗ ${packDir}`);
    for (const message of messages) console.error(`    ${message}`);
  }
  if (errors.length > 0) {
    const problems = errors.reduce((n, e) => n + e.messages.length, 0);
    console.error(`${problems} problem(s) found; ${validIds.length} site pack(s) valid.`);
    return 1;
  }
  if (validIds.length === 0) {
    console.error(`No site packs found in ${dir}.`);
    return 1;
  }
  console.log(`OK: ${validIds.length} site pack(s) valid (${validIds.join(', ')}).`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
