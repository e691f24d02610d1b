// Checks the committed public/models against the rules the twin relies on: every manifest entry
// is a readable meshopt .glb with the triangle count and size it declares, standing on the ground;
// together they fit the download budget; and the build is reproducible byte for byte.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeIO } from '@gltf-transform/core';
import { getBounds } from '@gltf-transform/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModelFiles } from './build-model-files.ts';
import { sizeProblems } from './check-model.ts';
import { countTriangles, createMeshoptIO } from './encode-glb.ts';
import { MANIFEST_FILE_NAME, type ModelManifestEntry } from './manifest.ts';
import { MODEL_CATALOGUE } from './model-catalogue.ts';

const MODELS_DIR = fileURLToPath(new URL('../../public/models/', import.meta.url));
const TOTAL_BYTES_BUDGET = 2 * 1024 * 1024;
const PILOT_SCENE_TRIANGLE_BUDGET = 150_000;

async function readManifest(dir: string): Promise<ModelManifestEntry[]> {
  return JSON.parse(await readFile(join(dir, MANIFEST_FILE_NAME), 'utf8')) as ModelManifestEntry[];
}

let io: NodeIO;
let manifest: ModelManifestEntry[];

beforeAll(async () => {
  io = await createMeshoptIO();
  manifest = await readManifest(MODELS_DIR);
});

describe('public/models', () => {
  it('lists exactly the models in the catalogue', () => {
    expect(manifest.map((e) => e.id)).toEqual(MODEL_CATALOGUE.map((m) => m.id));
  });

  it('fits the 2 MB download budget together', () => {
    const total = manifest.reduce((sum, e) => sum + e.bytes, 0);
    expect(total).toBeLessThanOrEqual(TOTAL_BYTES_BUDGET);
  });

  it('keeps a pilot-sized scene of instanced furniture well under the scene triangle budget', () => {
    // 40 trees, 30 benches and 20 of every other kind: the busiest option the pilot pack plans,
    // which must leave most of the 150k triangles to buildings, streets and ground.
    const count = (id: string) => (id === 'street-tree' ? 40 : id === 'bench' ? 30 : 20);
    const triangles = manifest.reduce((sum, e) => sum + count(e.id) * e.triangles, 0);
    expect(triangles).toBeLessThan(PILOT_SCENE_TRIANGLE_BUDGET * 0.6);
  });

  describe.each(MODEL_CATALOGUE.map((m) => [m.id, m] as const))('%s', (id, model) => {
    const entry = () => {
      const found = manifest.find((e) => e.id === id);
      if (!found) throw new Error(`${id} is missing from ${MANIFEST_FILE_NAME}`);
      return found;
    };

    it('is a file of the declared size in bytes', async () => {
      expect((await stat(join(MODELS_DIR, entry().file))).size).toBe(entry().bytes);
    });

    it('needs only EXT_meshopt_compression and references nothing outside the file', async () => {
      const { json } = await io.binaryToJSON(await readFile(join(MODELS_DIR, entry().file)));
      expect(json.extensionsRequired).toEqual(['EXT_meshopt_compression']);
      expect(json.images ?? []).toEqual([]);
      expect((json.buffers ?? []).every((b) => b.uri === undefined)).toBe(true);
    });

    it('decodes to the declared triangles, within budget, standing on the ground at its declared size', async () => {
      const document = await io.readBinary(await readFile(join(MODELS_DIR, entry().file)));
      const scene = document.getRoot().getDefaultScene();
      expect(scene).toBeDefined();
      const primitives = document.getRoot().listMeshes().flatMap((m) => m.listPrimitives());
      expect(countTriangles(primitives)).toBe(entry().triangles);
      expect(entry().triangles).toBeLessThanOrEqual(model.triangleBudget);
      const declared = { ...entry().footprint, height: entry().height };
      expect(sizeProblems(declared, getBounds(scene!))).toEqual([]);
    });
  });
});

describe('models:build', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('produces byte-identical files on every run, identical to the committed ones', async () => {
    const [first, second] = [await mkdtemp(join(tmpdir(), 'models-a-')), await mkdtemp(join(tmpdir(), 'models-b-'))];
    dirs.push(first!, second!);
    await buildModelFiles(first!);
    await buildModelFiles(second!);
    const names = (await readdir(first!)).sort();
    expect(names).toEqual((await readdir(second!)).sort());
    for (const name of names) {
      const a = await readFile(join(first!, name));
      expect(a.equals(await readFile(join(second!, name))), `${name} differs between two builds`).toBe(true);
      const committed = await readFile(join(MODELS_DIR, name));
      expect(a.equals(committed), `public/models/${name} is stale: run npm run models:build`).toBe(true);
    }
  }, 120_000);
});
