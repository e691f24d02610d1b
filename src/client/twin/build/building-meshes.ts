import { BufferAttribute, BufferGeometry, Color, ExtrudeGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { EnuFrame } from '../../../core/geo/enu.ts';
import type { BuildingsLayer } from '../../../core/site/scene-schema.ts';
import { buildingHeight } from '../geo/building-height.ts';
import { areaToShapes } from '../geo/polygon-shapes.ts';
import { FaceFeatureRanges } from './face-feature-ranges.ts';
import { FACADE_CELL_METRES, FACADE_PLAIN_UV } from './facade-texture.ts';

export type BuildingKind = NonNullable<BuildingsLayer['features'][number]['properties']['kind']>;

/** Wall colours (sRGB) per kind: muted, so the options' greens and paving stand out. */
const WALL_COLOURS: Record<BuildingKind, string> = {
  residential: '#e6dfd3',
  shop: '#dcc9a6',
  public: '#cdd6d9',
  gate: '#a39a8c',
  wall: '#b9b1a3',
};
const ROOF_COLOUR = '#8d8f8c';
/** Kinds drawn with window bands; gates and compound walls are plain. */
const WINDOWED: ReadonlySet<BuildingKind> = new Set(['residential', 'shop', 'public']);

export interface BuildingsMesh {
  /** every building in one geometry: colours per vertex, one material, one draw call */
  geometry: BufferGeometry;
  featureRanges: FaceFeatureRanges;
}

/**
 * Extrudes every footprint to its height and merges them all. Kinds differ only in colour, so
 * the colour goes into the vertices and the whole layer is one mesh with one material. The
 * bottom caps lie on the ground where nobody can see them and are dropped.
 */
export function buildBuildings(frame: EnuFrame, layer: BuildingsLayer | undefined): BuildingsMesh | undefined {
  const ranges = new FaceFeatureRanges();
  const parts: BufferGeometry[] = [];
  for (const feature of layer?.features ?? []) {
    const shapes = areaToShapes(frame, feature.geometry);
    if (shapes.length === 0) continue;
    const extruded = new ExtrudeGeometry(shapes, { depth: buildingHeight(feature.properties), bevelEnabled: false });
    extruded.rotateX(-Math.PI / 2); // extrusion along +Z becomes up (+Y)
    const part = finishBuildingPart(extruded, feature.properties.kind ?? 'residential');
    extruded.dispose();
    ranges.add(feature.id, part.attributes.position!.count / 3);
    parts.push(part);
  }
  if (parts.length === 0) return undefined;
  const merged = mergeGeometries(parts, false);
  parts.forEach((p) => p.dispose());
  if (!merged) return undefined;
  merged.computeBoundingSphere();
  return { geometry: merged, featureRanges: ranges };
}

/** Drops downward faces, colours walls and roof, and rescales wall UVs so the facade texture
 * repeats once per storey (u: metres along the wall, v: metres above ground). */
function finishBuildingPart(extruded: BufferGeometry, kind: BuildingKind): BufferGeometry {
  const source = extruded.index ? extruded.toNonIndexed() : extruded;
  const position = source.attributes.position!;
  const normal = source.attributes.normal!;
  const uv = source.attributes.uv!;
  const wall = new Color(WALL_COLOURS[kind]);
  const roof = new Color(ROOF_COLOUR);
  const windowed = WINDOWED.has(kind);
  const keptPositions: number[] = [];
  const keptNormals: number[] = [];
  const keptUvs: number[] = [];
  const keptColours: number[] = [];
  for (let first = 0; first < position.count; first += 3) {
    const up = normal.getY(first);
    if (up < -0.5) continue; // bottom cap
    const isRoof = up > 0.5;
    const colour = isRoof ? roof : wall;
    for (let v = first; v < first + 3; v++) {
      keptPositions.push(position.getX(v), position.getY(v), position.getZ(v));
      keptNormals.push(normal.getX(v), normal.getY(v), normal.getZ(v));
      keptColours.push(colour.r, colour.g, colour.b);
      if (isRoof || !windowed) keptUvs.push(FACADE_PLAIN_UV[0], FACADE_PLAIN_UV[1]);
      // ExtrudeGeometry's side UVs are (metres along the wall, 1 − depth): depth is height here
      else keptUvs.push(uv.getX(v) / FACADE_CELL_METRES, (1 - uv.getY(v)) / FACADE_CELL_METRES);
    }
  }
  if (source !== extruded) source.dispose();
  const part = new BufferGeometry();
  part.setAttribute('position', new BufferAttribute(new Float32Array(keptPositions), 3));
  part.setAttribute('normal', new BufferAttribute(new Float32Array(keptNormals), 3));
  part.setAttribute('uv', new BufferAttribute(new Float32Array(keptUvs), 2));
  part.setAttribute('color', new BufferAttribute(new Float32Array(keptColours), 3));
  return part;
}
