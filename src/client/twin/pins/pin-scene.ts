import { Group, Vector3, type Camera } from 'three';
import type { PinInstanceData } from './pin-instance-data.ts';
import { MARKER_TOP } from './pin-marker-geometry.ts';
import { PinMarkers } from './pin-markers.ts';
import { nearSet, RESELECT_METRES, type NearSet } from './pin-near-set.ts';
import { raycastMarkers, raycastSprites } from './pin-raycast.ts';
import { SPRITE_MIN_NDC, spriteHeightNdc, spriteMinNdc } from './pin-sprite-size.ts';
import { PinSprites } from './pin-sprites.ts';

/** The selected pin stands this much larger, so it is found again after reading its label. */
export const SELECTED_SCALE = 1.35;

const NO_DATA: PinInstanceData = { ids: [], positions: new Float32Array(0), colours: new Uint32Array(0) };

/**
 * All the pins in the scene, in at most two draw calls however many there are: the pins within
 * a few dozen metres of the camera as low-poly 3D markers (one InstancedMesh, at most 256), all
 * the others as pin-shaped sprites (one Points object). Sprites because a software renderer
 * (the benchmark's SwiftShader; some phones' fallback) pays per instance of an instanced draw:
 * 10,000 instanced markers quadrupled the frame time, one point each does not.
 *
 * Buffers are written when the pins or the selection change; the near set is chosen again only
 * once the camera has moved a few metres. Raycasts report the pin's index as `instanceId`.
 * The group must stay at the scene's origin (the sprites' shader compares scene positions).
 */
export class PinScene {
  readonly group = new Group();
  private readonly sprites = new PinSprites();
  private readonly markers = new PinMarkers();
  private data: PinInstanceData = NO_DATA;
  private indexById = new Map<string, number>();
  private selectedIndex = -1;
  private near: NearSet = { indices: [], radius: 0 };
  private isNear = new Uint8Array(0);
  private readonly nearCentre = new Vector3();
  private nearStale = true;
  private drawCalls = 0;
  private minNdc = SPRITE_MIN_NDC;

  constructor() {
    this.group.name = 'pins-layer';
    const { points } = this.sprites;
    const { mesh } = this.markers;
    points.raycast = (raycaster, hits) =>
      raycastSprites(
        {
          object: points,
          count: this.count,
          positions: this.data.positions,
          scaleOf: (i) => this.scaleOf(i),
          isNear: (i) => this.isNear[i] === 1,
          minNdc: this.minNdc,
        },
        raycaster,
        hits,
      );
    mesh.raycast = (raycaster, hits) => raycastMarkers(mesh, (i) => this.markers.pinIndexOf(i), raycaster, hits);
    for (const drawn of [points, mesh]) {
      drawn.onBeforeRender = () => void (this.drawCalls += 1);
      drawn.onBeforeShadow = () => void (this.drawCalls += 1);
    }
    this.group.add(points, mesh);
  }

  get count(): number {
    return this.data.ids.length;
  }

  /** How many pins are drawn as 3D markers just now. */
  get nearCount(): number {
    return this.near.indices.length;
  }

  idAt(pinIndex: number | undefined): string | undefined {
    return pinIndex === undefined ? undefined : this.data.ids[pinIndex];
  }

  indexOf(id: string | null): number {
    return id === null ? -1 : (this.indexById.get(id) ?? -1);
  }

  update(data: PinInstanceData, selectedId: string | null): void {
    this.data = data;
    this.indexById = new Map(data.ids.map((id, i) => [id, i]));
    this.selectedIndex = this.indexOf(selectedId);
    this.sprites.write(data, this.selectedIndex, SELECTED_SCALE);
    this.nearStale = true; // chosen again at the next frame, from the camera of that frame
  }

  select(selectedId: string | null): void {
    const next = this.indexOf(selectedId);
    const previous = this.selectedIndex;
    if (next === previous) return;
    this.selectedIndex = next;
    this.sprites.setScale(previous, 1);
    this.sprites.setScale(next, SELECTED_SCALE);
    if (this.isNear[previous] === 1 || this.isNear[next] === 1) this.writeMarkers();
  }

  /** Chooses the near pins again when the camera has moved far enough (or the pins changed),
   * and sizes the sprites for a view `viewHeightCss` pixels tall: called every frame, it costs
   * one distance unless something is to be done. */
  followCamera(cameraPosition: Vector3, viewHeightCss = 0): void {
    const minNdc = spriteMinNdc(viewHeightCss);
    if (minNdc !== this.minNdc) {
      this.minNdc = minNdc;
      this.sprites.setMinHeight(minNdc);
    }
    if (!this.nearStale && cameraPosition.distanceTo(this.nearCentre) < RESELECT_METRES) return;
    this.nearStale = false;
    this.nearCentre.copy(cameraPosition);
    this.near = nearSet(this.data.positions, this.count, cameraPosition);
    this.isNear = new Uint8Array(this.count);
    for (const i of this.near.indices) this.isNear[i] = 1;
    this.writeMarkers();
    this.sprites.leaveOutNear(this.nearCentre, this.near.radius);
  }

  /**
   * A pin's tip and the top of what is drawn for it, projected by `camera` (NDC, z > 1 behind),
   * for its label; false when there is no such pin.
   */
  project(pinIndex: number, camera: Camera, tip: Vector3, top: Vector3): boolean {
    if (pinIndex < 0 || pinIndex >= this.count) return false;
    const p = this.data.positions;
    tip.set(p[pinIndex * 3]!, p[pinIndex * 3 + 1]!, p[pinIndex * 3 + 2]!);
    const scale = this.scaleOf(pinIndex);
    if (this.isNear[pinIndex] === 1) {
      top.copy(tip);
      top.y += MARKER_TOP * scale;
      top.project(camera);
      tip.project(camera);
      return true;
    }
    const depth = -tip.clone().applyMatrix4(camera.matrixWorldInverse).z;
    tip.project(camera);
    top.copy(tip);
    top.y += spriteHeightNdc(camera.projectionMatrix.elements[5]!, depth, this.minNdc) * scale;
    return true;
  }

  takeDrawCalls(): number {
    const calls = this.drawCalls;
    this.drawCalls = 0;
    return calls;
  }

  dispose(): void {
    this.group.clear();
    this.sprites.dispose();
    this.markers.dispose();
  }

  private scaleOf(pinIndex: number): number {
    return pinIndex === this.selectedIndex ? SELECTED_SCALE : 1;
  }

  private writeMarkers(): void {
    this.markers.write(this.data, this.near.indices, (i) => this.scaleOf(i));
  }
}
