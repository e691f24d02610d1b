// Collapses a model's parts into one indexed triangle list per material: one glTF primitive (and
// one draw call, or one InstancedMesh in the twin) per material instead of one per board or leg.
import { BufferAttribute, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { PbrMaterial } from './materials.ts';
import type { ModelPart } from './model-definition.ts';

export interface MaterialMesh {
  material: PbrMaterial;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint16Array | Uint32Array;
}

/** Keeps only position and normal (no textures, so UVs are dead weight) and gives every part an index. */
function toPlainIndexed(geometry: BufferGeometry): BufferGeometry {
  for (const name of Object.keys(geometry.attributes)) {
    if (name !== 'position' && name !== 'normal') geometry.deleteAttribute(name);
  }
  if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
  if (!geometry.index) {
    const count = geometry.getAttribute('position').count;
    geometry.setIndex(new BufferAttribute(Uint32Array.from({ length: count }, (_, i) => i), 1));
  }
  return geometry;
}

/**
 * Drops zero-area triangles. Lathe and cone geometry put one vertex per segment on the axis, which
 * makes slivers that cost triangle budget and draw nothing.
 */
function withoutDegenerateTriangles(indices: ArrayLike<number>, positions: ArrayLike<number>): number[] {
  const kept: number[] = [];
  const at = (i: number, axis: number) => positions[i * 3 + axis] ?? 0;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t] ?? 0, b = indices[t + 1] ?? 0, c = indices[t + 2] ?? 0;
    const ab = [at(b, 0) - at(a, 0), at(b, 1) - at(a, 1), at(b, 2) - at(a, 2)] as const;
    const ac = [at(c, 0) - at(a, 0), at(c, 1) - at(a, 1), at(c, 2) - at(a, 2)] as const;
    const cross = [ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2], ab[0] * ac[1] - ab[1] * ac[0]];
    const doubleArea = Math.hypot(cross[0] ?? 0, cross[1] ?? 0, cross[2] ?? 0);
    if (doubleArea > 1e-9) kept.push(a, b, c);
  }
  return kept;
}

/** Groups parts by material (in first-seen order, so output order is stable) and merges each group. */
export function mergePartsByMaterial(parts: readonly ModelPart[]): MaterialMesh[] {
  const groups = new Map<string, { material: PbrMaterial; geometries: BufferGeometry[] }>();
  for (const part of parts) {
    const group = groups.get(part.material.name) ?? { material: part.material, geometries: [] };
    group.geometries.push(toPlainIndexed(part.geometry));
    groups.set(part.material.name, group);
  }
  return [...groups.values()].map(({ material, geometries }) => {
    const merged = mergeGeometries(geometries, false);
    if (!merged || !merged.index) throw new Error(`could not merge parts painted ${material.name}`);
    const positions = Float32Array.from(merged.getAttribute('position').array);
    const normals = Float32Array.from(merged.getAttribute('normal').array);
    const kept = withoutDegenerateTriangles(merged.index.array, positions);
    const indices = positions.length / 3 <= 0xffff ? Uint16Array.from(kept) : Uint32Array.from(kept);
    return { material, positions, normals, indices };
  });
}
