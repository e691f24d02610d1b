import { SPRITE_MAX_NDC } from './pin-sprite-size.ts';

// Pure (no three.js): which far pins' sprites are worth drawing from the current camera.

/** Sprites whose tips fall in the same screen cell of this share of the smallest sprite's
 * height overlap so much that only the nearest shows: the others are left out of the draw. */
export const CELL_OF_SPRITE_HEIGHT = 0.25;
/** Never finer than this many pixels, whatever the sprite size. */
const MIN_CELL_PX = 2;

export interface OcclusionInput {
  /** x, y, z per pin, in the scene */
  positions: Float32Array;
  count: number;
  /** projection × view, column-major (three's Matrix4.elements) */
  viewProjection: ArrayLike<number>;
  /** the view's size, in the unit the smallest sprite height is given in (CSS pixels) */
  width: number;
  height: number;
  minSpriteHeight: number;
  /** pins drawn otherwise (as 3D markers): not sprites at all */
  skip(index: number): boolean;
  /** always drawn (the selected pin, which is larger and must stay findable); -1 for none */
  keep: number;
}

/** Reused between calls: the camera moves every frame of an orbit. */
export class PinOcclusion {
  private cellBest = new Int32Array(0);
  private cellDepth = new Float32Array(0);

  /**
   * Writes into `out` the pins whose sprites can be seen — the nearest pin in each small screen
   * cell, every pin whose tip is off screen (its sprite may reach in), and `keep` — and returns
   * how many. A busy hearing's 10,000 pins pile up where people comment most; seen from the
   * overview most of them lie wholly behind a nearer one, and a software renderer pays for each
   * point it is given, seen or not. Pins behind the camera are left out.
   */
  visible(input: OcclusionInput, out: Uint32Array): number {
    const { positions, count, width, height, skip, keep } = input;
    const m = input.viewProjection;
    const cellPx = Math.max(MIN_CELL_PX, CELL_OF_SPRITE_HEIGHT * input.minSpriteHeight);
    const cols = Math.max(1, Math.ceil(width / cellPx));
    const rows = Math.max(1, Math.ceil(height / cellPx));
    this.reset(cols * rows);
    let n = 0;
    for (let i = 0; i < count; i++) {
      if (skip(i)) continue;
      const x = positions[i * 3]!;
      const y = positions[i * 3 + 1]!;
      const z = positions[i * 3 + 2]!;
      const w = m[3]! * x + m[7]! * y + m[11]! * z + m[15]!;
      if (w <= 0) continue; // behind the camera
      if (i === keep) {
        out[n++] = i;
        continue;
      }
      const ndcX = (m[0]! * x + m[4]! * y + m[8]! * z + m[12]!) / w;
      const ndcY = (m[1]! * x + m[5]! * y + m[9]! * z + m[13]!) / w;
      if (Math.abs(ndcX) > 1 || Math.abs(ndcY) > 1) {
        // off screen: drawn while its sprite, standing on the tip, may still reach in
        if (Math.abs(ndcX) <= 1 + SPRITE_MAX_NDC && ndcY <= 1 && ndcY >= -1 - SPRITE_MAX_NDC) out[n++] = i;
        continue;
      }
      const col = Math.min(cols - 1, Math.floor(((ndcX + 1) / 2) * width / cellPx));
      const row = Math.min(rows - 1, Math.floor(((1 - ndcY) / 2) * height / cellPx));
      const cell = row * cols + col;
      if (this.cellBest[cell] === -1 || w < this.cellDepth[cell]!) {
        this.cellBest[cell] = i;
        this.cellDepth[cell] = w;
      }
    }
    for (let cell = 0; cell < cols * rows; cell++) {
      const best = this.cellBest[cell]!;
      if (best !== -1) out[n++] = best;
    }
    return n;
  }

  private reset(cells: number): void {
    if (this.cellBest.length < cells) {
      this.cellBest = new Int32Array(cells);
      this.cellDepth = new Float32Array(cells);
    }
    this.cellBest.fill(-1, 0, cells);
  }
}
