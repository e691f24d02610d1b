/** One entry of public/models/manifest.json (written by the model build script). */
export interface ModelManifestEntry {
  id: string;
  /** file name, relative to the models folder */
  file: string;
  triangles?: number;
  height?: number;
}

export const MODELS_BASE_URL = '/models/';

/** The shipped models by id; empty when there is no manifest yet (placeholders are drawn). */
export async function fetchModelManifest(baseUrl = MODELS_BASE_URL): Promise<Map<string, ModelManifestEntry>> {
  try {
    const response = await fetch(`${baseUrl}manifest.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) return new Map();
    const body = (await response.json()) as unknown;
    const list = Array.isArray(body) ? body : ((body as { models?: unknown }).models ?? []);
    const entries = (list as Partial<ModelManifestEntry>[]).filter(
      (e): e is ModelManifestEntry => typeof e?.id === 'string' && typeof e.file === 'string',
    );
    return new Map(entries.map((e) => [e.id, e]));
  } catch {
    return new Map();
  }
}
