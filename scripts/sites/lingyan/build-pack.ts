// Assembles the pilot pack's generated files from the parameters: the GeoJSON layers of the
// street as it is, one scene file per design option, and the fields of site.json that name them
// (plan, layers, anchors, viewpoints, each option's scene). Pure: it returns file contents and
// writes nothing, so a test can check that the committed pack is exactly what it generates.
import { featureCollection, pointFeature, polygonFeature, serialiseFeatureCollection, serialiseJson } from '../geojson-out.ts';
import { createStreetFrame, roundTo, type StreetFrame } from '../street-frame.ts';
import { ANCHORS, VIEWPOINTS, viewDirection } from './anchors-and-viewpoints.ts';
import { BLOCKS } from './blocks.ts';
import { addCompound } from './compounds.ts';
import { addExistingFurniture, addExistingTrees } from './existing-furniture.ts';
import { addFrontage } from './frontages.ts';
import { emptyStreet, type ExistingStreet, type SurfaceShape } from './layer-features.ts';
import { gardenStreetPlan } from './option-garden-street.ts';
import type { OptionPlan } from './option-plan.ts';
import { sharedStreetPlan } from './option-shared-street.ts';
import { STREET_HEADING_DEG } from './parameters.ts';
import { sitePlan } from './site-plan.ts';
import { carriagewayShapes, sidewalkShapes } from './street-surfaces.ts';

export const LAYER_FILES = {
  buildings: 'layers/buildings.geojson',
  carriageway: 'layers/carriageway.geojson',
  sidewalks: 'layers/sidewalks.geojson',
  green: 'layers/green.geojson',
  trees: 'layers/trees.geojson',
  furniture: 'layers/furniture.geojson',
} as const;

/** Option id → its plan and the scene file it is written to. The existing state has none. */
const OPTION_PLANS: Record<string, { file: string; plan: () => OptionPlan }> = {
  'garden-street': { file: 'options/garden-street.json', plan: gardenStreetPlan },
  'shared-street': { file: 'options/shared-street.json', plan: sharedStreetPlan },
};

/** site.json's fields in the order the format documents them; others keep their place after. */
const SITE_KEY_ORDER = ['formatVersion', 'id', 'name', 'district', 'origin', 'timeZone', 'provenance', 'options', 'places', 'plan', 'layers', 'anchors', 'viewpoints', 'questions'];
const OPTION_KEY_ORDER = ['id', 'existing', 'name', 'summary', 'altText', 'costEstimate', 'scene'];

type Json = Record<string, unknown>;

export function buildExistingStreet(): ExistingStreet {
  const street = emptyStreet();
  street.carriageway.push(...carriagewayShapes());
  street.sidewalks.push(...sidewalkShapes());
  for (const block of BLOCKS) {
    addFrontage(block, street);
    addCompound(block, street);
  }
  addExistingTrees(street);
  addExistingFurniture(street);
  return street;
}

function surfaceCollection(frame: StreetFrame, shapes: SurfaceShape[]) {
  return featureCollection(shapes.map((s) => polygonFeature(frame, s.id, s.ring, s.properties)));
}

function layerFiles(frame: StreetFrame, street: ExistingStreet): Record<string, string> {
  const buildings = featureCollection(street.buildings.map((b) => polygonFeature(frame, b.id, b.ring, b.properties)));
  const trees = featureCollection(street.trees.map((t) => pointFeature(frame, t.id, t.at, t.properties)));
  const furniture = featureCollection(
    street.furniture.map((f) => pointFeature(frame, f.id, f.at, { model: f.model, heading: frame.compassHeading(f.streetHeading) })),
  );
  return {
    [LAYER_FILES.buildings]: serialiseFeatureCollection(buildings),
    [LAYER_FILES.carriageway]: serialiseFeatureCollection(surfaceCollection(frame, street.carriageway)),
    [LAYER_FILES.sidewalks]: serialiseFeatureCollection(surfaceCollection(frame, street.sidewalks)),
    [LAYER_FILES.green]: serialiseFeatureCollection(surfaceCollection(frame, street.green)),
    [LAYER_FILES.trees]: serialiseFeatureCollection(trees),
    [LAYER_FILES.furniture]: serialiseFeatureCollection(furniture),
  };
}

/** An option scene file: models and removals one per line, surfaces as a FeatureCollection. */
function optionSceneFile(frame: StreetFrame, plan: OptionPlan): string {
  const models = plan.models.map((m) => {
    const [lng, lat] = frame.toLngLat(m.at);
    return JSON.stringify({ id: m.id, model: m.model, lng, lat, heading: frame.compassHeading(m.streetHeading), ...(m.scale ? { scale: m.scale } : {}) });
  });
  const surfaces = serialiseFeatureCollection(surfaceCollection(frame, plan.surfaces)).trimEnd().replace(/\n/g, '\n  ');
  return `{\n  "models": [\n${models.map((m) => `    ${m}`).join(',\n')}\n  ],\n  "surfaces": ${surfaces},\n  "removes": ${JSON.stringify(plan.removes)}\n}\n`;
}

function reorder(object: Json, order: readonly string[]): Json {
  const out: Json = {};
  for (const key of order) if (key in object) out[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in out)) out[key] = object[key];
  return out;
}

function siteFields(frame: StreetFrame): Json {
  return {
    plan: sitePlan(frame),
    layers: { ...LAYER_FILES },
    anchors: ANCHORS.map((a) => {
      const [lng, lat] = frame.toLngLat(a.at);
      return { id: a.id, name: a.name, lng, lat, height: 0, description: a.description };
    }),
    viewpoints: VIEWPOINTS.map((v) => {
      const [lng, lat] = frame.toLngLat(v.at);
      const { streetHeading, pitch } = viewDirection(v);
      return { id: v.id, name: v.name, lng, lat, height: v.eye, heading: frame.compassHeading(streetHeading), pitch: roundTo(pitch, 1) };
    }),
  };
}

export interface BuiltPack {
  /** path inside the pack folder → file text, site.json included */
  files: Record<string, string>;
  existing: ExistingStreet;
  options: Record<string, OptionPlan>;
}

/** Everything the generator owns in the pack, given the current site.json (whose texts, places
 * and questions are kept as they are). */
export function buildLingyanPack(currentSite: Json): BuiltPack {
  const origin = currentSite['origin'] as { lng: number; lat: number; height?: number };
  const frame = createStreetFrame(origin, STREET_HEADING_DEG);
  const existing = buildExistingStreet();
  const files: Record<string, string> = layerFiles(frame, existing);
  const options: Record<string, OptionPlan> = {};

  const siteOptions = (currentSite['options'] as Json[]).map((option) => {
    const id = option['id'] as string;
    const generated = OPTION_PLANS[id];
    const { scene: _previous, ...rest } = option;
    if (!generated) return reorder(rest, OPTION_KEY_ORDER);
    const plan = generated.plan();
    options[id] = plan;
    files[generated.file] = optionSceneFile(frame, plan);
    return reorder({ ...rest, scene: generated.file }, OPTION_KEY_ORDER);
  });
  for (const id of Object.keys(OPTION_PLANS)) {
    if (!options[id]) throw new Error(`site.json has no option "${id}" for the generated scene`);
  }

  const site = reorder({ ...currentSite, options: siteOptions, ...siteFields(frame) }, SITE_KEY_ORDER);
  files['site.json'] = serialiseJson(site);
  return { files, existing, options };
}
