// Turns a model definition into a compressed .glb: parts → one glTF mesh with a primitive per
// material → dedup/weld/reorder → EXT_meshopt_compression. The twin decodes it with the meshopt
// decoder bundled from node_modules (no CDN, unlike the Draco default).
import { Document, Logger, NodeIO, type Primitive } from '@gltf-transform/core';
import { EXTMeshoptCompression } from '@gltf-transform/extensions';
import { dedup, getBounds, prune, reorder, weld } from '@gltf-transform/functions';
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer';
import { linearBaseColor } from './materials.ts';
import { mergePartsByMaterial } from './merge-parts.ts';
import type { ModelDefinition } from './model-definition.ts';

export interface EncodedModel {
  glb: Uint8Array;
  triangles: number;
  /** Measured after encoding, in model space. */
  bounds: { min: [number, number, number]; max: [number, number, number] };
}

/** Reader/writer that knows meshopt: used both to write the models and (in tests) to read them back. */
export async function createMeshoptIO(): Promise<NodeIO> {
  await Promise.all([MeshoptEncoder.ready, MeshoptDecoder.ready]);
  return new NodeIO()
    .registerExtensions([EXTMeshoptCompression])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder });
}

function toDocument(model: ModelDefinition): Document {
  // Quiet: prune's notes about the accessors weld replaced are expected on every model.
  const document = new Document().setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = document.createBuffer();
  const mesh = document.createMesh(model.id);
  for (const part of mergePartsByMaterial(model.build())) {
    const material = document
      .createMaterial(part.material.name)
      .setBaseColorFactor(linearBaseColor(part.material))
      .setRoughnessFactor(part.material.roughness)
      .setMetallicFactor(part.material.metallic);
    const accessor = (type: 'VEC3' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array) =>
      document.createAccessor().setType(type).setArray(array).setBuffer(buffer);
    const primitive = document
      .createPrimitive()
      .setAttribute('POSITION', accessor('VEC3', part.positions))
      .setAttribute('NORMAL', accessor('VEC3', part.normals))
      .setIndices(accessor('SCALAR', part.indices))
      .setMaterial(material);
    mesh.addPrimitive(primitive);
  }
  const node = document.createNode(model.id).setMesh(mesh);
  document.getRoot().setDefaultScene(document.createScene(model.id).addChild(node));
  return document;
}

export function countTriangles(primitives: readonly Primitive[]): number {
  return primitives.reduce((sum, p) => sum + (p.getIndices()?.getCount() ?? 0) / 3, 0);
}

/**
 * No KHR_mesh_quantization, on purpose. Quantizing would shrink all eleven models from ~134 KB to
 * ~88 KB (the budget is 2 MB), but it stores positions as normalised int16 in a unit box and moves
 * the real scale onto the node. The twin instances these meshes by geometry (InstancedMesh, drei
 * <Instances>/<Merged>), which drops node transforms, and three's applyMatrix4/mergeGeometries on
 * int16/int8 attributes clamp or refuse: plain float32 attributes keep every such use correct.
 * Meshopt still compresses the float streams and the index buffer losslessly.
 */
export async function encodeModel(model: ModelDefinition, io: NodeIO): Promise<EncodedModel> {
  const document = toDocument(model);
  // weld shares vertices that are identical in position and normal (flat facets keep theirs);
  // reorder improves vertex-cache locality, which is also what lets meshopt compress well.
  await document.transform(dedup(), weld(), reorder({ encoder: MeshoptEncoder, target: 'size' }), prune());
  document.createExtension(EXTMeshoptCompression).setRequired(true).setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });

  const scene = document.getRoot().getDefaultScene();
  if (!scene) throw new Error(`${model.id}: no scene`);
  const primitives = document.getRoot().listMeshes().flatMap((m) => m.listPrimitives());
  const { min, max } = getBounds(scene);
  const glb = await io.writeBinary(document);
  return { glb, triangles: countTriangles(primitives), bounds: { min: [...min], max: [...max] } };
}
