import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAYER_NAMES } from '../../core/site/scene-schema.ts';
import { readModelIds } from './load-scene.ts';
import { loadSitePack } from './load-sites.ts';

const PILOT = fileURLToPath(new URL('../../../public/sites/lingyan-south-road/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../../public/models/manifest.json', import.meta.url));
const SHIPPED_MODEL_IDS = new Set(['street-tree', 'shrub-planter', 'raised-garden-bed', 'bench', 'lamp-post', 'bike-rack', 'pergola', 'bollard', 'notice-board', 'movable-table-set', 'play-stones']);

let root: string;
let pack: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongjian-scene-'));
  // The folder name must be the pack's id, so the copy keeps the pilot's.
  pack = join(root, 'lingyan-south-road');
  await cp(PILOT, pack, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function editJson(file: string, edit: (json: any) => void): Promise<void> {
  const path = join(pack, file);
  const json = JSON.parse(await readFile(path, 'utf8'));
  edit(json);
  await writeFile(path, JSON.stringify(json));
}

async function problems(modelIds?: ReadonlySet<string>): Promise<string[]> {
  const result = await loadSitePack(pack, modelIds);
  return result.ok ? [] : result.messages;
}

describe('loadSitePack: the files site.json names', () => {
  it('loads every layer and option scene of the pilot, with the model ids the app ships', async () => {
    const modelIds = (await readModelIds(MANIFEST)) ?? SHIPPED_MODEL_IDS;
    const result = await loadSitePack(pack, modelIds);
    expect(result.ok ? [] : result.messages).toEqual([]);
    if (!result.ok) return;
    expect(Object.keys(result.scene.layers).sort()).toEqual([...LAYER_NAMES].sort());
    expect(Object.keys(result.scene.options).sort()).toEqual(['garden-street', 'shared-street']);
    // the existing state changes nothing, so it has no scene file
    expect(result.site.options.find((o) => o.existing)?.scene).toBeUndefined();
  });

  it('names the file and the JSON path of a problem inside a layer', async () => {
    await editJson('layers/buildings.geojson', (layer) => {
      delete layer.features[3].properties.height;
      delete layer.features[3].properties.levels;
    });
    await editJson('layers/green.geojson', (layer) => (layer.features[0].properties.material = 'grass'));
    await editJson('layers/trees.geojson', (layer) => (layer.features[2].geometry = { type: 'Polygon', coordinates: [] }));
    const lines = await problems();
    expect(lines).toContain('layers/buildings.geojson: features[3].properties: a building needs "height" (metres) or "levels"');
    expect(lines.some((l) => l.startsWith('layers/green.geojson: features[0].properties.material: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('layers/trees.geojson: features[2].geometry.'))).toBe(true);
  });

  it('reports a missing layer file and a duplicate feature id', async () => {
    await rm(join(pack, 'layers/furniture.geojson'));
    await editJson('layers/sidewalks.geojson', (layer) => (layer.features[4].id = layer.features[1].id));
    const lines = await problems();
    expect(lines).toContain('layers/furniture.geojson: file not found');
    expect(lines.some((l) => l.startsWith('layers/sidewalks.geojson: features[4].id: duplicate feature id'))).toBe(true);
  });

  it('checks option scenes: surfaces need a known material, models a shipped model id', async () => {
    await editJson('options/shared-street.json', (scene) => (scene.surfaces.features[0].properties.material = 'cobbles'));
    await editJson('options/garden-street.json', (scene) => (scene.models[5].model = 'fountain'));
    const lines = await problems(SHIPPED_MODEL_IDS);
    expect(lines.some((l) => l.startsWith('options/shared-street.json: surfaces.features[0].properties.material: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('options/garden-street.json: models[5].model: unknown model "fountain"'))).toBe(true);
  });
});

describe('loadSitePack: object ids across files', () => {
  it('refuses an id used twice across layers and options, naming both places', async () => {
    let treeId = '';
    await editJson('layers/trees.geojson', (layer) => (treeId = layer.features[0].id));
    await editJson('options/garden-street.json', (scene) => (scene.models[0].id = treeId));
    expect(await problems()).toContain(`options/garden-street.json: models[0]: id "${treeId}" is already used by layers/trees.geojson: features[0]`);
  });

  it('refuses an option that removes an object no layer has', async () => {
    await editJson('options/shared-street.json', (scene) => (scene.removes = ['no-such-tree']));
    expect(await problems()).toContain('options/shared-street.json: removes[0]: no layer has an object "no-such-tree"');
  });
});
