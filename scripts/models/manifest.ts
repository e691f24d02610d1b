// public/models/manifest.json: what the twin and the site-pack validator know about each model
// without opening the .glb (which ids exist, how big they are, what they cost to draw).
import type { ModelDefinition } from './model-definition.ts';

export const MANIFEST_FILE_NAME = 'manifest.json';

export interface ModelManifestEntry {
  id: string;
  /** File name relative to the manifest. */
  file: string;
  triangles: number;
  bytes: number;
  /** Extent on the ground in metres: width along X, depth along Z (the model's front faces -Z). */
  footprint: { width: number; depth: number };
  height: number;
  name: { zh: string; en: string };
}

export function manifestEntry(model: ModelDefinition, triangles: number, bytes: number): ModelManifestEntry {
  return {
    id: model.id,
    file: `${model.id}.glb`,
    triangles,
    bytes,
    footprint: { width: model.size.width, depth: model.size.depth },
    height: model.size.height,
    name: model.name,
  };
}

/** Stable text (fixed key order, trailing newline) so a rebuild with no changes leaves git clean. */
export function serialiseManifest(entries: readonly ModelManifestEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
