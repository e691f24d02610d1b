import { Box3, BufferAttribute, BufferGeometry, Mesh, type Material, type Object3D } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

/** A model ready for instancing: one geometry whose groups follow `materials`, in metres,
 * origin at the foot of the model, front towards −Z. One InstancedMesh draws it in one call
 * per material, however many copies stand on the street. */
export interface BakedModel {
  id: string;
  geometry: BufferGeometry;
  materials: Material[];
  /** top of the model above its foot, metres */
  height: number;
  triangles: number;
}

/**
 * Flattens a loaded model (any tree of meshes with their own transforms) into one geometry
 * with one group per material: node transforms are applied to the vertices, quantized
 * attributes (KHR_mesh_quantization) are expanded to floats so they survive the transform,
 * and meshes sharing a material (by name) are merged. GLTFLoader makes one mesh per glTF
 * primitive, so each mesh carries a single material.
 */
export function bakeModel(id: string, root: Object3D): BakedModel {
  root.updateMatrixWorld(true);
  const byMaterial = new Map<string, { material: Material; parts: BufferGeometry[] }>();
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh || Array.isArray(mesh.material)) return;
    const part = floatGeometry(mesh.geometry);
    part.applyMatrix4(mesh.matrixWorld);
    const key = mesh.material.name || mesh.material.uuid;
    const entry = byMaterial.get(key) ?? { material: mesh.material, parts: [] };
    entry.parts.push(part);
    byMaterial.set(key, entry);
  });
  const entries = [...byMaterial.values()];
  // indexed and non-indexed geometry cannot be merged together: unindex all when they differ
  const allParts = entries.flatMap((e) => e.parts);
  if (allParts.some((p) => p.index) && allParts.some((p) => !p.index)) {
    for (const entry of entries) entry.parts = entry.parts.map((p) => (p.index ? p.toNonIndexed() : p));
  }
  const perMaterial = entries.map((entry) => mergeAll(entry.parts));
  const geometry = perMaterial.length > 0 ? mergeGeometries(perMaterial, true) : new BufferGeometry();
  if (!geometry) throw new Error(`model "${id}": its meshes could not be merged`);
  perMaterial.forEach((g) => g !== geometry && g.dispose());
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();
  const box = geometry.boundingBox ?? new Box3();
  const triangles = (geometry.index?.count ?? geometry.attributes.position?.count ?? 0) / 3;
  return { id, geometry, materials: entries.map((e) => e.material), height: Math.max(0, box.max.y), triangles };
}

/** Position and normal as plain floats (normals computed when missing), index kept. Other
 * attributes (UVs, colours) are dropped: the street models are untextured. */
function floatGeometry(source: BufferGeometry): BufferGeometry {
  const out = new BufferGeometry();
  for (const name of ['position', 'normal'] as const) {
    const attribute = source.getAttribute(name);
    if (!attribute) continue;
    const values = new Float32Array(attribute.count * 3);
    // getX/Y/Z undo normalisation, so quantized positions come out in metres
    for (let i = 0; i < attribute.count; i++) values.set([attribute.getX(i), attribute.getY(i), attribute.getZ(i)], i * 3);
    out.setAttribute(name, new BufferAttribute(values, 3));
  }
  if (source.index) out.setIndex(Array.from(source.index.array as ArrayLike<number>));
  if (!out.getAttribute('normal')) out.computeVertexNormals();
  return out;
}

function mergeAll(parts: BufferGeometry[]): BufferGeometry {
  if (parts.length === 1) return parts[0]!;
  const merged = mergeGeometries(parts, false);
  if (!merged) throw new Error('model parts could not be merged');
  return merged;
}
