// Low-poly building blocks made from three.js geometry classes (which run fine in Node), each
// already moved into place, so model kinds read as a list of parts with sizes in metres.
import {
  BoxGeometry,
  BufferGeometry,
  CylinderGeometry,
  Euler,
  IcosahedronGeometry,
  LatheGeometry,
  Matrix4,
  Quaternion,
  TorusGeometry,
  Vector2,
  Vector3,
} from 'three';
import { mergeVertices } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { between } from './seeded-random.ts';

export type Vec3 = readonly [number, number, number];

export interface Placement {
  /** Where the geometry's local origin goes. */
  at?: Vec3;
  /** Euler angles in radians, applied X then Y then Z. */
  rotation?: Vec3;
  scale?: Vec3;
}

/** Moves geometry from its local frame into model space. Scales must be positive: a mirror would flip the winding. */
export function place<G extends BufferGeometry>(geometry: G, { at = [0, 0, 0], rotation = [0, 0, 0], scale = [1, 1, 1] }: Placement): G {
  if (scale.some((s) => s <= 0)) throw new Error('place(): scales must be positive (mirroring flips triangle winding)');
  const matrix = new Matrix4().compose(new Vector3(...at), new Quaternion().setFromEuler(new Euler(...rotation)), new Vector3(...scale));
  geometry.applyMatrix4(matrix);
  return geometry;
}

/** An axis-aligned box spanning two opposite corners: the natural way to describe boards, slabs and posts. */
export function boxBetween(min: Vec3, max: Vec3): BufferGeometry {
  const size = [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as const;
  if (size.some((s) => s <= 0)) throw new Error(`boxBetween(): empty box ${JSON.stringify({ min, max })}`);
  const centre: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  return place(new BoxGeometry(...size), { at: centre });
}

/** A box of the given size whose bottom face is centred on `base`, optionally turned or tilted about that point. */
export function boxOnBase(size: Vec3, base: Vec3, rotation: Vec3 = [0, 0, 0]): BufferGeometry {
  const box = new BoxGeometry(...size).translate(0, size[1] / 2, 0);
  return place(box, { at: base, rotation });
}

export interface TubeOptions {
  radius: number;
  /** Radius at `to`; defaults to `radius` (a taper for trunks and poles). */
  radiusAtEnd?: number;
  segments: number;
  /** Closed tubes get end caps; leave them open where the ends are hidden (in the ground, in a joint). */
  capped?: boolean;
}

/** A cylinder (or frustum) running from one point to another: posts, legs, arms, hoop tubes. */
export function tubeBetween(from: Vec3, to: Vec3, { radius, radiusAtEnd = radius, segments, capped = false }: TubeOptions): BufferGeometry {
  const start = new Vector3(...from);
  const axis = new Vector3(...to).sub(start);
  const length = axis.length();
  // CylinderGeometry runs along +Y from -h/2 to h/2 with radiusTop at +Y.
  const cylinder = new CylinderGeometry(radiusAtEnd, radius, length, segments, 1, !capped).translate(0, length / 2, 0);
  const turn = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), axis.normalize());
  cylinder.applyMatrix4(new Matrix4().compose(start, turn, new Vector3(1, 1, 1)));
  return cylinder;
}

/** A square-section bar (width × width) running from one point to another: metal flats, braces, sloping legs. */
export function barBetween(from: Vec3, to: Vec3, width: number, depth = width): BufferGeometry {
  const start = new Vector3(...from);
  const axis = new Vector3(...to).sub(start);
  const bar = new BoxGeometry(width, axis.length(), depth).translate(0, axis.length() / 2, 0);
  const turn = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), axis.normalize());
  bar.applyMatrix4(new Matrix4().compose(start, turn, new Vector3(1, 1, 1)));
  return bar;
}

/** A surface of revolution around +Y from a profile of [radius, height] pairs, bottom to top. */
export function lathe(profile: readonly (readonly [number, number])[], segments: number, placement: Placement = {}): BufferGeometry {
  const points = profile.map(([r, y]) => new Vector2(r, y));
  return place(new LatheGeometry(points, segments), placement);
}

/** Part of a torus in the XY plane, starting on +X and sweeping counter-clockwise by `arc` radians: bends in tubes. */
export function torusArc(bendRadius: number, tubeRadius: number, arc: number, tubeSegments: number, bendSegments: number, placement: Placement = {}): BufferGeometry {
  return place(new TorusGeometry(bendRadius, tubeRadius, tubeSegments, bendSegments, arc), placement);
}

export interface BlobOptions {
  radius: number;
  /** Icosahedron subdivision: 0 → 20 faces, 1 → 80 faces. */
  detail: 0 | 1;
  /** How far each vertex may be pushed in or out, as a fraction of the radius. */
  jitter: number;
  random: () => number;
  /** Flattens the underside like a real crown or shrub (fraction of the lower half kept, 0–1). */
  squashBelow?: number;
  placement?: Placement;
}

/**
 * A lumpy faceted ball: foliage clumps and shrubs. Vertices are shared while jittering so the
 * surface stays closed, then split again so each face gets its own flat normal (the low-poly look
 * reads as leaves at street distance, and flat facets catch the sun clearly).
 */
export function blob({ radius, detail, jitter, random, squashBelow = 1, placement = {} }: BlobOptions): BufferGeometry {
  const shared = mergeVertices(new IcosahedronGeometry(radius, detail).deleteAttribute('normal').deleteAttribute('uv'));
  const positions = shared.getAttribute('position');
  for (let i = 0; i < positions.count; i++) {
    const push = 1 + between(random, -jitter, jitter);
    const y = positions.getY(i) * push;
    positions.setXYZ(i, positions.getX(i) * push, y < 0 ? y * squashBelow : y, positions.getZ(i) * push);
  }
  const faceted = shared.toNonIndexed();
  faceted.computeVertexNormals();
  return place(faceted, placement);
}

export interface GroupTarget {
  width: number;
  depth: number;
  /** Height the top of the group should reach; its lowest point stays where it is. */
  top: number;
}

/**
 * Scales a group of geometries (about the vertical axis through the origin, and from its own
 * lowest point upwards) so that it spans exactly the target: jittered shapes such as a tree crown
 * then still match the size the model declares.
 */
export function fitGroup(geometries: readonly BufferGeometry[], { width, depth, top }: GroupTarget): void {
  const min = new Vector3(Infinity, Infinity, Infinity);
  const max = new Vector3(-Infinity, -Infinity, -Infinity);
  for (const g of geometries) {
    g.computeBoundingBox();
    if (g.boundingBox) {
      min.min(g.boundingBox.min);
      max.max(g.boundingBox.max);
    }
  }
  const centreX = (min.x + max.x) / 2;
  const centreZ = (min.z + max.z) / 2;
  const scale = new Vector3(width / (max.x - min.x), (top - min.y) / (max.y - min.y), depth / (max.z - min.z));
  const matrix = new Matrix4()
    .makeTranslation(0, min.y, 0)
    .multiply(new Matrix4().makeScale(scale.x, scale.y, scale.z))
    .multiply(new Matrix4().makeTranslation(-centreX, -min.y, -centreZ));
  for (const g of geometries) g.applyMatrix4(matrix);
}
