import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { bakeModel, type BakedModel } from './bake-model.ts';
import { fetchModelManifest, MODELS_BASE_URL, type ModelManifestEntry } from './model-manifest.ts';
import { placeholderModel } from './placeholder-models.ts';

/** A promise that says whether it has settled, the way React's `use` reads thenables: a
 * fulfilled one is read synchronously, without suspending. */
type SettledPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

function fulfilled<T>(value: T): SettledPromise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/**
 * Loads each shipped model once per page and bakes it for instancing. The meshopt decoder is
 * bundled from three's examples (its WebAssembly is inlined): nothing is fetched from a CDN.
 * A model that is missing or fails to load is drawn as a placeholder, never an empty street.
 */
export class ModelLibrary {
  private manifest: Promise<Map<string, ModelManifestEntry>> | undefined;
  private readonly models = new Map<string, Promise<BakedModel>>();
  private readonly loaded = new Map<string, BakedModel>();
  private readonly sets = new Map<string, SettledPromise<Map<string, BakedModel>>>();
  private readonly loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);

  constructor(private readonly baseUrl = MODELS_BASE_URL) {}

  load(id: string): Promise<BakedModel> {
    let model = this.models.get(id);
    if (!model) {
      model = this.loadUncached(id).then((baked) => {
        this.loaded.set(id, baked);
        return baked;
      });
      this.models.set(id, model);
    }
    return model;
  }

  /**
   * Several models as one promise, the same promise for the same ids (for React's `use`).
   * When all are loaded already, the promise comes fulfilled, so switching to an option whose
   * models were prefetched shows it at once instead of suspending for a tick (a blank street).
   */
  loadAll(ids: readonly string[]): Promise<Map<string, BakedModel>> {
    const unique = [...new Set(ids)].sort();
    const key = unique.join('|');
    let set = this.sets.get(key);
    if (!set) {
      if (unique.every((id) => this.loaded.has(id))) {
        set = fulfilled(new Map(unique.map((id) => [id, this.loaded.get(id)!])));
      } else {
        const pending: SettledPromise<Map<string, BakedModel>> = Promise.all(unique.map((id) => this.load(id))).then(
          (list) => new Map(list.map((m) => [m.id, m])),
        );
        pending.status = 'pending';
        pending.then((value) => Object.assign(pending, { status: 'fulfilled', value }));
        set = pending;
      }
      this.sets.set(key, set);
    }
    return set;
  }

  private async loadUncached(id: string): Promise<BakedModel> {
    this.manifest ??= fetchModelManifest(this.baseUrl);
    const entry = (await this.manifest).get(id);
    if (!entry) return placeholderModel(id);
    try {
      const gltf = await this.loader.loadAsync(new URL(entry.file, new URL(this.baseUrl, window.location.href)).href);
      return bakeModel(id, gltf.scene);
    } catch (error) {
      console.warn(`twin: model "${id}" could not be loaded; drawing a placeholder`, error);
      return placeholderModel(id);
    }
  }
}

let shared: ModelLibrary | undefined;

/** One library per page: switching options or remounting the twin reuses loaded models. */
export function sharedModelLibrary(): ModelLibrary {
  shared ??= new ModelLibrary();
  return shared;
}
