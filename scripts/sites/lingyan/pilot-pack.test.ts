// The pilot pack as committed in public/sites/lingyan-south-road, read back from its files and
// checked for sense: what the generator makes, inside its plan, nothing paved through a house,
// every id unique and every model shipped, within the scene's triangle budget, and the plan's
// named places where the 3D geometry says they are.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../src/core/geo/enu.ts';
import { boundingBox, boxesOverlap, distanceToBoundary, isInside, ringsOverlap, type PlanarRing, type Point } from '../polygon-checks.ts';
import { buildLingyanPack } from './build-pack.ts';

const PACK = fileURLToPath(new URL('../../../public/sites/lingyan-south-road/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('../../../public/models/manifest.json', import.meta.url));

/** The models the app ships, if their manifest has not been built yet. */
const SHIPPED_MODELS = ['street-tree', 'shrub-planter', 'raised-garden-bed', 'bench', 'lamp-post', 'bike-rack', 'pergola', 'bollard', 'notice-board', 'movable-table-set', 'play-stones'];
/** Triangles per model when the manifest cannot say: the budget the models are built to. */
const TRIANGLE_ESTIMATE: Record<string, number> = { 'street-tree': 800, bench: 300 };
const OTHER_MODEL_TRIANGLES = 400;
const SCENE_TRIANGLE_BUDGET = 150_000;
const MAX_TREES = 70;
/** How far outside the plan boundary anything may be drawn, metres. */
const BOUNDARY_MARGIN = 20;

interface Feature {
  id: string;
  properties: Record<string, any>;
  geometry: { type: string; coordinates: any };
}
interface OptionScene {
  models: { id: string; model: string; lng: number; lat: number; heading: number }[];
  surfaces?: { features: Feature[] };
  removes?: string[];
}

const readText = (file: string) => readFileSync(join(PACK, file), 'utf8');
const readJson = (file: string) => JSON.parse(readText(file));

const site = readJson('site.json');
const frame = createEnuFrame(site.origin);
const toMetres = ([lng, lat]: readonly number[]): Point => {
  const { east, north } = frame.toEnu({ lng: lng!, lat: lat! });
  return [east, north];
};
const layers: Record<string, Feature[]> = Object.fromEntries(Object.entries(site.layers as Record<string, string>).map(([name, file]) => [name, readJson(file).features]));
const options: { id: string; scene: OptionScene }[] = site.options.filter((o: any) => o.scene).map((o: any) => ({ id: o.id, scene: readJson(o.scene) }));
const boundary: PlanarRing = site.plan.boundary.map(toMetres);

/** Outer rings of a Polygon or MultiPolygon feature, in metres. */
function rings(feature: Feature): PlanarRing[] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polygons.map((polygon: number[][][]) => polygon[0]!.map(toMetres));
}
const pointOf = (feature: Feature) => toMetres(feature.geometry.coordinates);

interface Shape {
  id: string;
  ring: PlanarRing;
}
const shapes = (features: readonly Feature[]): Shape[] => features.flatMap((f) => rings(f).map((ring) => ({ id: f.id, ring })));

/** Pairs of shapes (one from each list, or within one list) that share area. */
function overlaps(a: readonly Shape[], b: readonly Shape[] = a): string[] {
  const found: string[] = [];
  const boxesB = b.map((s) => boundingBox(s.ring));
  a.forEach((sa, i) => {
    const boxA = boundingBox(sa.ring);
    b.forEach((sb, j) => {
      if (a === b && j <= i) return;
      if (boxesOverlap(boxA, boxesB[j]!, 0.03) && ringsOverlap(sa.ring, sb.ring)) found.push(`${sa.id} × ${sb.id}`);
    });
  });
  return found;
}

function manifestModels(): { id: string; triangles?: number }[] {
  if (!existsSync(MANIFEST)) return SHIPPED_MODELS.map((id) => ({ id }));
  return JSON.parse(readFileSync(MANIFEST, 'utf8'));
}

describe('the pilot pack, Lingyan South Road', () => {
  it('is exactly what `npm run sites:build` generates from the parameters', () => {
    const { files } = buildLingyanPack(site);
    for (const [path, text] of Object.entries(files)) expect(readText(path), path).toBe(text);
  });

  it('draws every layer, anchor and viewpoint within the plan boundary (±20 m)', () => {
    const outside: string[] = [];
    const check = (id: string, p: Point) => {
      if (!isInside(p, boundary) && distanceToBoundary(p, boundary) > BOUNDARY_MARGIN) outside.push(id);
    };
    for (const features of Object.values(layers)) {
      for (const f of features) {
        if (f.geometry.type === 'Point') check(f.id, pointOf(f));
        else for (const ring of rings(f)) ring.forEach((p) => check(f.id, p));
      }
    }
    for (const { scene } of options) {
      scene.models.forEach((m) => check(m.id, toMetres([m.lng, m.lat])));
      shapes(scene.surfaces?.features ?? []).forEach((s) => s.ring.forEach((p) => check(s.id, p)));
    }
    for (const a of site.anchors) check(a.id, toMetres([a.lng, a.lat]));
    for (const v of site.viewpoints) check(v.id, toMetres([v.lng, v.lat]));
    expect(outside).toEqual([]);
  });

  it('paves and plants nothing through a building, and no two buildings overlap', () => {
    const buildings = shapes(layers['buildings']!);
    const ground = shapes([...layers['carriageway']!, ...layers['sidewalks']!, ...layers['green']!]);
    expect(overlaps(ground, buildings)).toEqual([]);
    expect(overlaps(buildings)).toEqual([]);
  });

  it('lays the existing surfaces side by side, not on top of each other', () => {
    // They are drawn flat at one height: an overlap would flicker in the twin.
    expect(overlaps(shapes([...layers['carriageway']!, ...layers['sidewalks']!, ...layers['green']!]))).toEqual([]);
  });

  it('keeps each option’s surfaces off buildings and off each other', () => {
    const buildings = shapes(layers['buildings']!);
    for (const { id, scene } of options) {
      const surfaces = shapes(scene.surfaces?.features ?? []);
      expect(overlaps(surfaces, buildings), id).toEqual([]);
      expect(overlaps(surfaces), id).toEqual([]);
    }
  });

  it('puts no option model on the traffic lanes or inside a building', () => {
    const lanes = shapes(layers['carriageway']!.filter((f) => f.id === 'carriageway'));
    const buildings = shapes(layers['buildings']!);
    for (const { id, scene } of options) {
      const misplaced = scene.models.filter((m) => {
        const p = toMetres([m.lng, m.lat]);
        return [...lanes, ...buildings].some((s) => isInside(p, s.ring));
      });
      expect(misplaced.map((m) => m.id), id).toEqual([]);
    }
  });

  it('gives every feature and placed model an id of its own across the whole pack', () => {
    const ids = [
      ...Object.values(layers).flatMap((features) => features.map((f) => f.id)),
      ...options.flatMap(({ scene }) => [...scene.models.map((m) => m.id), ...(scene.surfaces?.features ?? []).map((f) => f.id)]),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('places only models the app ships, and removes only trees and furniture that exist', () => {
    const known = new Set(manifestModels().map((m) => m.id));
    const used = [...layers['furniture']!.map((f) => f.properties['model'] as string), ...options.flatMap(({ scene }) => scene.models.map((m) => m.model))];
    expect([...new Set(used)].filter((model) => !known.has(model))).toEqual([]);
    const removable = new Set([...layers['trees']!, ...layers['furniture']!].map((f) => f.id));
    for (const { id, scene } of options) expect((scene.removes ?? []).filter((r) => !removable.has(r)), id).toEqual([]);
  });

  it('stays within the scene’s triangle budget and ~70 trees with any option', () => {
    const fromManifest = new Map(manifestModels().map((m) => [m.id, m.triangles]));
    const trianglesOf = (model: string) => fromManifest.get(model) ?? TRIANGLE_ESTIMATE[model] ?? OTHER_MODEL_TRIANGLES;
    const distinctCorners = (ring: PlanarRing) => ring.length - 1; // GeoJSON rings repeat the first point
    // Buildings are extruded: a roof fan and two triangles per wall. Flat areas: one fan each.
    const buildingTriangles = shapes(layers['buildings']!).reduce((n, s) => n + (distinctCorners(s.ring) - 2) + 2 * distinctCorners(s.ring), 0);
    const flatTriangles = (features: Feature[]) => shapes(features).reduce((n, s) => n + distinctCorners(s.ring) - 2, 0);
    const groundTriangles = flatTriangles([...layers['carriageway']!, ...layers['sidewalks']!, ...layers['green']!]);

    for (const option of site.options as { id: string; scene?: string }[]) {
      const scene: OptionScene = options.find((o) => o.id === option.id)?.scene ?? { models: [] };
      const removed = new Set(scene.removes ?? []);
      const trees = layers['trees']!.filter((f) => !removed.has(f.id)).length + scene.models.filter((m) => m.model === 'street-tree').length;
      const furniture = [...layers['furniture']!.filter((f) => !removed.has(f.id)).map((f) => f.properties['model'] as string), ...scene.models.filter((m) => m.model !== 'street-tree').map((m) => m.model)];
      const triangles =
        buildingTriangles + groundTriangles + flatTriangles(scene.surfaces?.features ?? []) + trees * trianglesOf('street-tree') + furniture.reduce((n, model) => n + trianglesOf(model), 0);
      expect(trees, option.id).toBeLessThanOrEqual(MAX_TREES);
      expect(triangles, option.id).toBeLessThan(SCENE_TRIANGLE_BUDGET);
    }
  });

  it('has the named places of the 2D plan where the 3D geometry puts them', () => {
    const byId = new Map(Object.values(layers).flat().map((f) => [f.id, f]));
    const place = (id: string) => {
      const p = site.places.find((candidate: any) => candidate.id === id);
      return toMetres([p.lng, p.lat]);
    };
    const inFeature = (placeId: string, featureId: string) => expect(rings(byId.get(featureId)!).some((ring) => isInside(place(placeId), ring)), `${placeId} in ${featureId}`).toBe(true);
    const near = (placeId: string, featureId: string, metres: number) => {
      const f = byId.get(featureId)!;
      const distance = f.geometry.type === 'Point' ? Math.hypot(place(placeId)[0] - pointOf(f)[0], place(placeId)[1] - pointOf(f)[1]) : Math.min(...rings(f).map((r) => distanceToBoundary(place(placeId), r)));
      expect(distance, `${placeId} near ${featureId}`).toBeLessThanOrEqual(metres);
    };
    inFeature('junction', 'carriageway');
    near('bus-stop', 'bus-stop-sign', 4);
    inFeature('corner-shop', 'shops-nw-forecourt');
    near('corner-shop', 'shop-nw-1', 3);
    near('residents-committee', 'residents-committee', 4);
    inFeature('kindergarten-gate', 'kindergarten-gate-apron');
    inFeature('market-entrance', 'market-forecourt');
    inFeature('garden-corner', 'community-garden-lawn');
    inFeature('compound-south-gate', 'south-gate-apron');
    inFeature('shop-row', 'shops-se-forecourt');

    // and no place is inside a building, where nobody could stand
    const buildings = shapes(layers['buildings']!);
    const insideBuildings = site.places.filter((p: any) => buildings.some((b) => isInside(toMetres([p.lng, p.lat]), b.ring)));
    expect(insideBuildings.map((p: any) => p.id)).toEqual([]);
  });

  it('draws the plan’s street centrelines through the junction place', () => {
    const junction = toMetres([site.places.find((p: any) => p.id === 'junction').lng, site.places.find((p: any) => p.id === 'junction').lat]);
    for (const street of site.plan.streets) {
      const line: Point[] = street.line.map(toMetres);
      expect(Math.min(...line.map((p) => Math.hypot(p[0] - junction[0], p[1] - junction[1]))), street.name.en).toBeLessThan(1);
    }
  });
});
