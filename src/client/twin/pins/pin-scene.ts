import { Group, Matrix4, Vector3, type Camera } from 'three';
import type { PinInstanceData } from './pin-instance-data.ts';
import { MARKER_TOP } from './pin-marker-geometry.ts';
import { PinMarkers } from './pin-markers.ts';
import { nearSet, RESELECT_METRES, type NearSet } from './pin-near-set.ts';
import { PinOcclusion } from './pin-occlusion.ts';
import { raycastMarkers, raycastSprites } from './pin-raycast.ts';
import { SPRITE_MIN_NDC, spriteHeightNdc, spriteMinNdc } from './pin-sprite-size.ts';
import { PinSprites } from './pin-sprites.ts';

/** The selected pin stands this much larger, so it is found again after reading its label. */
export const SELECTED_SCALE = 1.35;

const NO_DATA: PinInstanceData = { ids: [], positions: new Float32Array(0), colours: new Uint32Array(0) };

/**
 * All the pins in the scene, in at most two draw calls however many there are: the pins within
 * a few dozen metres of the camera as low-poly 3D markers (one InstancedMesh, at most 256), all
 * the others as pin-shaped sprites (one Points object), less those wholly hidden behind a
 * nearer sprite. Sprites because a software renderer (the benchmark's SwiftShader; some phones'
 * fallback) pays per instance of an instanced draw: 10,000 instanced markers quadrupled the
 * frame time; it pays per point too, hence the occlusion pass.
 *
 * Positions and colours are written when the pins or the selection change; the near set is
 * chosen again once the camera has moved a few metres; the sprites drawn, whenever the view
 * changes. Raycasts report the pin's index as `instanceId`. The group stays at the scene's
 * origin (positions are used as scene positions).
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
  private readonly occlusion = new PinOcclusion();
  /** which pins' sprites are drawn (1), by pin index */
  private isDrawn = new Uint8Array(0);
  private drawnStale = true;
  private readonly viewProjection = new Matrix4();
  private readonly lastViewProjection = new Matrix4();
  private lastViewSize = { width: 0, height: 0 };
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
          isDrawn: (i) => this.isDrawn[i] === 1,
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

  /** How many sprites are drawn just now (the far pins not hidden behind a nearer one). */
  get spriteCount(): number {
    return this.sprites.points.visible ? this.sprites.points.geometry.drawRange.count : 0;
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
    this.isDrawn = new Uint8Array(this.count).fill(1); // as the sprites are until the next frame
    // chosen again at the next frame, from the camera of that frame
    this.nearStale = true;
    this.drawnStale = true;
  }

  select(selectedId: string | null): void {
    const next = this.indexOf(selectedId);
    const previous = this.selectedIndex;
    if (next === previous) return;
    this.selectedIndex = next;
    this.sprites.setScale(previous, 1);
    this.sprites.setScale(next, SELECTED_SCALE);
    if (this.isNear[previous] === 1 || this.isNear[next] === 1) this.writeMarkers();
    this.drawnStale = true; // the selected sprite is always drawn
  }

  /**
   * Follows the camera of the frame about to be drawn, for a view `width` × `height` CSS pixels:
   * chooses the near pins again once the camera has moved a few metres (or the pins changed),
   * and the sprites drawn whenever the view changed. Called every frame; costs a matrix
   * comparison while nothing moves.
   */
  followCamera(camera: Camera, width: number, height: number): void {
    const minNdc = spriteMinNdc(height);
    if (minNdc !== this.minNdc) {
      this.minNdc = minNdc;
      this.sprites.setMinHeight(minNdc);
      this.drawnStale = true;
    }
    camera.updateMatrixWorld(); // the camera rig may have moved it since the last render
    if (this.nearStale || camera.position.distanceTo(this.nearCentre) >= RESELECT_METRES) this.chooseNear(camera.position);
    this.viewProjection.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    const sizeChanged = width !== this.lastViewSize.width || height !== this.lastViewSize.height;
    if (this.drawnStale || sizeChanged || !this.viewProjection.equals(this.lastViewProjection)) this.chooseDrawn(width, height);
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

  private chooseNear(cameraPosition: Vector3): void {
    this.nearStale = false;
    this.nearCentre.copy(cameraPosition);
    this.near = nearSet(this.data.positions, this.count, cameraPosition);
    this.isNear = new Uint8Array(this.count);
    for (const i of this.near.indices) this.isNear[i] = 1;
    this.writeMarkers();
    this.drawnStale = true;
  }

  private chooseDrawn(width: number, height: number): void {
    this.drawnStale = false;
    this.lastViewProjection.copy(this.viewProjection);
    this.lastViewSize = { width, height };
    const out = this.sprites.drawnIndices;
    const n = this.occlusion.visible(
      {
        positions: this.data.positions,
        count: this.count,
        viewProjection: this.viewProjection.elements,
        width,
        height,
        minSpriteHeight: (this.minNdc / 2) * height,
        skip: (i) => this.isNear[i] === 1,
        keep: this.selectedIndex,
      },
      out,
    );
    this.sprites.setDrawnCount(n);
    this.isDrawn.fill(0);
    for (let k = 0; k < n; k++) this.isDrawn[out[k]!] = 1;
  }

  private writeMarkers(): void {
    this.markers.write(this.data, this.near.indices, (i) => this.scaleOf(i));
  }
}
