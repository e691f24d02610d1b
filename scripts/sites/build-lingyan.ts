// `npm run sites:build`: regenerates the pilot pack's geometry (public/sites/lingyan-south-road:
// layers/*.geojson, options/*.json and the plan, layers, anchors, viewpoints and option scenes in
// site.json) from the parameters in scripts/sites/lingyan/. Texts, places and questions in
// site.json are edited by hand and kept. Running it twice changes nothing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLingyanPack } from './lingyan/build-pack.ts';

const PILOT_DIR = fileURLToPath(new URL('../../public/sites/lingyan-south-road/', import.meta.url));

async function main(): Promise<void> {
  const current = JSON.parse(await readFile(join(PILOT_DIR, 'site.json'), 'utf8')) as Record<string, unknown>;
  const { files, existing, options } = buildLingyanPack(current);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(PILOT_DIR, path)), { recursive: true });
    await writeFile(join(PILOT_DIR, path), text);
  }
  const layerCounts = Object.entries(existing).map(([layer, features]) => `${layer} ${features.length}`);
  console.log(`wrote ${Object.keys(files).length} files to ${PILOT_DIR}`);
  console.log(`  layers: ${layerCounts.join(', ')}`);
  for (const [id, plan] of Object.entries(options)) {
    console.log(`  ${id}: ${plan.models.length} models, ${plan.surfaces.length} surfaces, ${plan.removes.length} removed`);
  }
}

await main();
