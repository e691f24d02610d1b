import { Color, DynamicDrawUsage, Group, InstancedBufferAttribute, InstancedMesh, Matrix4, type BufferGeometry } from 'three';
import type { TwinUserData } from '../picking/feature-id.ts';
import { pinCapacity, type PinInstanceData } from './pin-instance-data.ts';
import { createPinMarkerGeometry } from './pin-marker-geometry.ts';
import { createPinKiteMaterial, createPinMaterial } from './pin-material.ts';
import { createPinKiteGeometry } from './pin-kite-geometry.ts';
import { raycastPins } from './pin-raycast.ts';

/** The selected pin stands this much larger, so it is found again after looking at the label. */
export const SELECTED_SCALE = 1.35;

const matrix = new Matrix4();
const colour = new Color();

/**
 * Every pin as one InstancedMesh in a group that stays put: one draw call, however many pins.
 * No shadow pass (castShadow off), so it stays one with the sun on too. Matrices and colours
 * are written only when the pins or the selection change, never per frame (the growth of
 * distant markers happens in the shader). An InstancedMesh cannot grow, so when the pins
 * outgrow it a larger one replaces it inside the group.
 */
export class PinInstances {
  /** the scene object: add this once; the mesh inside may be swapped */
  readonly group = new Group();
  private readonly kite = typeof location !== 'undefined' && location.search.includes('kite');
  private readonly geometry: BufferGeometry = this.kite ? createPinKiteGeometry() : createPinMarkerGeometry();
  private readonly material = this.kite ? createPinKiteMaterial() : createPinMaterial();
  private mesh: InstancedMesh;
  private data: PinInstanceData = { ids: [], positions: new Float32Array(0), colours: new Uint32Array(0) };
  private indexById = new Map<string, number>();
  private selectedIndex = -1;
  /** draw calls issued for pins since the last `takeDrawCalls()`: what the benchmark reads */
  private drawCalls = 0;

  constructor() {
    this.group.name = 'pins';
    this.mesh = this.createMesh(pinCapacity(0));
  }

  get capacity(): number {
    return this.mesh.instanceMatrix.count;
  }

  get count(): number {
    return this.data.ids.length;
  }

  /** The pin an instance of the mesh draws, for a raycast hit. */
  idAt(instanceId: number | undefined): string | undefined {
    return instanceId === undefined ? undefined : this.data.ids[instanceId];
  }

  indexOf(id: string | null): number {
    return id === null ? -1 : (this.indexById.get(id) ?? -1);
  }

  /** Where a pin's tip stands in the scene (into `out`), or false when it is not drawn. */
  tipOf(index: number, out: { set(x: number, y: number, z: number): unknown }): boolean {
    if (index < 0 || index >= this.count) return false;
    const p = this.data.positions;
    out.set(p[index * 3]!, p[index * 3 + 1]!, p[index * 3 + 2]!);
    return true;
  }

  update(data: PinInstanceData, selectedId: string | null): void {
    const needed = pinCapacity(data.ids.length, this.capacity);
    if (needed > this.capacity) this.replaceMesh(needed);
    this.data = data;
    this.indexById = new Map(data.ids.map((id, i) => [id, i]));
    this.selectedIndex = this.indexOf(selectedId);
    const mesh = this.mesh;
    for (let i = 0; i < data.ids.length; i++) {
      this.writeMatrix(i);
      mesh.setColorAt(i, colour.setHex(data.colours[i]!));
    }
    mesh.count = data.ids.length;
    mesh.visible = data.ids.length > 0 && !(typeof location !== 'undefined' && location.search.includes('hide'));
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }

  /** Marks one pin as selected (null: none); rewrites only the two matrices that change. */
  select(selectedId: string | null): void {
    const next = this.indexOf(selectedId);
    if (next === this.selectedIndex) return;
    const previous = this.selectedIndex;
    this.selectedIndex = next;
    if (previous >= 0) this.writeMatrix(previous);
    if (next >= 0) this.writeMatrix(next);
    this.mesh.instanceMatrix.needsUpdate = true;
  }

  takeDrawCalls(): number {
    const calls = this.drawCalls;
    this.drawCalls = 0;
    return calls;
  }

  dispose(): void {
    this.mesh.removeFromParent();
    this.mesh.dispose();
    this.geometry.dispose();
    this.material.dispose();
  }

  private writeMatrix(index: number): void {
    const p = this.data.positions;
    const s = index === this.selectedIndex ? SELECTED_SCALE : 1;
    matrix.makeScale(s, s, s).setPosition(p[index * 3]!, p[index * 3 + 1]!, p[index * 3 + 2]!);
    this.mesh.setMatrixAt(index, matrix);
  }

  private createMesh(capacity: number): InstancedMesh {
    const mesh = new InstancedMesh(this.geometry, this.material, capacity);
    mesh.name = 'pins';
    mesh.count = 0;
    mesh.visible = false;
    // pins throw no shadow: a second (shadow) draw call for markers that float over the street
    // anyway, and their shadows would read as more pins
    mesh.castShadow = false;
    mesh.receiveShadow = false;
    mesh.instanceMatrix.setUsage(DynamicDrawUsage);
    mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3), 3);
    // markers grow with distance in the shader, past the extent three would cull them by
    mesh.frustumCulled = false;
    mesh.raycast = (raycaster, intersects) => raycastPins(mesh, raycaster, intersects);
    mesh.userData = { layer: 'pins' } satisfies TwinUserData;
    mesh.onBeforeRender = () => void (this.drawCalls += 1);
    mesh.onBeforeShadow = () => void (this.drawCalls += 1);
    this.group.add(mesh);
    return mesh;
  }

  private replaceMesh(capacity: number): void {
    const old = this.mesh;
    old.removeFromParent();
    old.dispose(); // frees the old instance buffers; geometry and material are shared and kept
    this.mesh = this.createMesh(capacity);
  }
}
