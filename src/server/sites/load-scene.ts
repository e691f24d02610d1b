import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { formatSiteErrors, type SitePack } from '../../core/site/schema.ts';
import { LAYER_NAMES, LAYER_SCHEMAS, OptionSceneSchema, type SceneBundle } from '../../core/site/scene-schema.ts';

export type SceneLoadResult = { ok: true; scene: SceneBundle } | { ok: false; messages: string[] };

/**
 * Reads and validates every file a pack's site.json names (layers, option scenes) into one
 * bundle. Each problem is reported with its file and JSON path; model ids are checked against
 * the models the app ships when `modelIds` is given.
 */
export async function loadSceneBundle(packDir: string, site: SitePack, modelIds?: ReadonlySet<string>): Promise<SceneLoadResult> {
  const messages: string[] = [];
  const scene: SceneBundle = { siteId: site.id, layers: {}, options: {} };

  const readValidated = async <S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | undefined> => {
    let json: unknown;
    try {
      json = JSON.parse((await readFile(join(packDir, file), 'utf8')).replace(/^\uFEFF/, ''));
    } catch (error) {
      const code = (error as { code?: string }).code;
      messages.push(`${file}: ${code === 'ENOENT' ? 'file not found' : `cannot read: ${(error as Error).message}`}`);
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      messages.push(...formatSiteErrors(parsed.error).map((line) => `${file}: ${line}`));
      return undefined;
    }
    return parsed.data;
  };
  const checkModel = (file: string, path: string, model: string) => {
    if (modelIds && !modelIds.has(model)) messages.push(`${file}: ${path}: unknown model "${model}" (known: ${[...modelIds].join(', ')})`);
  };

  for (const name of LAYER_NAMES) {
    const file = site.layers?.[name];
    if (!file) continue;
    const layer = await readValidated(file, LAYER_SCHEMAS[name]);
    if (layer) (scene.layers as Record<string, unknown>)[name] = layer;
  }
  scene.layers.furniture?.features.forEach((f, i) => checkModel(site.layers!.furniture!, `features[${i}].properties.model`, f.properties.model));

  for (const option of site.options) {
    if (!option.scene) continue;
    const optionScene = await readValidated(option.scene, OptionSceneSchema);
    if (!optionScene) continue;
    optionScene.models.forEach((m, i) => checkModel(option.scene!, `models[${i}].model`, m.model));
    scene.options[option.id] = optionScene;
  }
  // across files only once every file loaded: a broken layer would otherwise echo as false alarms
  if (messages.length === 0) checkObjectIds(site, scene, messages);
  for (const [i, anchor] of (site.anchors ?? []).entries()) {
    if (anchor.photo && !(await stat(join(packDir, anchor.photo)).then((s) => s.isFile(), () => false))) {
      messages.push(`site.json: anchors[${i}].photo: file not found: ${anchor.photo}`);
    }
  }
  return messages.length ? { ok: false, messages } : { ok: true, scene };
}

/** Ids of the models the app ships, from public/models/manifest.json (absent: not checked). */
export async function readModelIds(manifestFile: string): Promise<Set<string> | undefined> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { id: string }[];
    return new Set(manifest.map((m) => m.id));
  } catch {
    return undefined;
  }
}

/** Annotations attach to site objects by id, so ids must be unique across every layer and option
 * file; and an option may only remove objects that exist. */
function checkObjectIds(site: SitePack, scene: SceneBundle, messages: string[]): void {
  const where = new Map<string, string>();
  const claim = (id: string, at: string) => {
    const first = where.get(id);
    if (first) messages.push(`${at}: id "${id}" is already used by ${first}`);
    else where.set(id, at);
  };
  for (const name of LAYER_NAMES) {
    scene.layers[name]?.features.forEach((f, i) => claim(f.id, `${site.layers![name]}: features[${i}]`));
  }
  const existing = new Set(where.keys());
  for (const option of site.options) {
    const optionScene = scene.options[option.id];
    if (!optionScene) continue;
    optionScene.models.forEach((m, i) => claim(m.id, `${option.scene}: models[${i}]`));
    optionScene.surfaces?.features.forEach((f, i) => claim(f.id, `${option.scene}: surfaces.features[${i}]`));
    optionScene.removes?.forEach((id, i) => {
      if (!existing.has(id)) messages.push(`${option.scene}: removes[${i}]: no layer has an object "${id}"`);
    });
  }
}
