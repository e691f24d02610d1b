import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { SceneBundle } from '../../../core/site/scene-schema.ts';
import type { SitePack } from '../../../core/site/schema.ts';

/** An axis-aligned box on the ground, scene metres (x east, z south). */
export interface GroundBounds {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** A street-renewal site with nothing drawn yet still gets a sensible stage to look at. */
const EMPTY_SITE_HALF_SIZE = 150;

export function boundsCenter(b: GroundBounds): [number, number] {
  return [(b.minX + b.maxX) / 2, (b.minZ + b.maxZ) / 2];
}

export function boundsRadius(b: GroundBounds): number {
  return Math.hypot(b.maxX - b.minX, b.maxZ - b.minZ) / 2;
}

export function clampToBounds(x: number, z: number, b: GroundBounds): [number, number] {
  return [Math.min(b.maxX, Math.max(b.minX, x)), Math.min(b.maxZ, Math.max(b.minZ, z))];
}

/** Every position the pack draws: the plan's boundary, all layer and option geometry and the
 * viewpoints. The twin's cameras and the sun's shadow box are fitted to this. */
export function siteBounds(frame: EnuFrame, site: SitePack, bundle: SceneBundle): GroundBounds {
  const box: GroundBounds = { minX: Infinity, maxX: -Infinity, minZ: Infinity, maxZ: -Infinity };
  const add = (lng: number, lat: number) => {
    const [x, , z] = frame.toScene({ lng, lat });
    box.minX = Math.min(box.minX, x);
    box.maxX = Math.max(box.maxX, x);
    box.minZ = Math.min(box.minZ, z);
    box.maxZ = Math.max(box.maxZ, z);
  };
  const addCoordinates = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') add(value[0], value[1]);
    else value.forEach(addCoordinates);
  };
  site.plan?.boundary.forEach(([lng, lat]) => add(lng, lat));
  site.viewpoints?.forEach((v) => add(v.lng, v.lat));
  for (const layer of Object.values(bundle.layers)) layer?.features.forEach((f) => addCoordinates(f.geometry.coordinates));
  for (const option of Object.values(bundle.options)) {
    option.models.forEach((m) => add(m.lng, m.lat));
    option.surfaces?.features.forEach((f) => addCoordinates(f.geometry.coordinates));
  }
  if (box.minX > box.maxX) {
    return { minX: -EMPTY_SITE_HALF_SIZE, maxX: EMPTY_SITE_HALF_SIZE, minZ: -EMPTY_SITE_HALF_SIZE, maxZ: EMPTY_SITE_HALF_SIZE };
  }
  return box;
}
