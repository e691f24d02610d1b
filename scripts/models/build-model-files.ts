// Builds every model in the catalogue into a folder: <id>.glb plus manifest.json. Used by the
// `models:build` script and by the determinism test (which builds twice and compares bytes).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sizeProblems } from './check-model.ts';
import { createMeshoptIO, encodeModel } from './encode-glb.ts';
import { MANIFEST_FILE_NAME, manifestEntry, serialiseManifest, type ModelManifestEntry } from './manifest.ts';
import { MODEL_CATALOGUE } from './model-catalogue.ts';

export async function buildModelFiles(outDir: string): Promise<ModelManifestEntry[]> {
  await mkdir(outDir, { recursive: true });
  const io = await createMeshoptIO();
  const entries: ModelManifestEntry[] = [];
  const failures: string[] = [];
  for (const model of MODEL_CATALOGUE) {
    const { glb, triangles, bounds } = await encodeModel(model, io);
    const problems = sizeProblems(model.size, bounds);
    if (triangles > model.triangleBudget) problems.push(`${triangles} triangles, budget ${model.triangleBudget}`);
    if (problems.length > 0) {
      const measured = `min ${bounds.min.map((v) => v.toFixed(3))}, max ${bounds.max.map((v) => v.toFixed(3))}`;
      failures.push(`${model.id}: ${problems.join('; ')} (measured ${measured})`);
      continue;
    }
    const entry = manifestEntry(model, triangles, glb.byteLength);
    await writeFile(join(outDir, entry.file), glb);
    entries.push(entry);
  }
  // Report every broken model at once, and never write a manifest that disagrees with the files.
  if (failures.length > 0) throw new Error(`models do not match their declared sizes or budgets:\n${failures.join('\n')}`);
  await writeFile(join(outDir, MANIFEST_FILE_NAME), serialiseManifest(entries));
  return entries;
}
