import { describe, expect, it } from 'vitest';
import { Matrix4, PerspectiveCamera, Vector3 } from 'three';
import { PinOcclusion, type OcclusionInput } from './pin-occlusion.ts';

const VIEW = { width: 1000, height: 600 };

/** A camera 100 m up and 100 m south of the origin, looking at it. */
function overviewMatrix(): Matrix4 {
  const camera = new PerspectiveCamera(55, VIEW.width / VIEW.height, 0.5, 4000);
  camera.position.set(0, 100, 100);
  camera.lookAt(0, 0, 0);
  camera.updateMatrixWorld();
  return new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
}

function visible(points: [number, number, number][], overrides: Partial<OcclusionInput> = {}): number[] {
  const positions = new Float32Array(points.flat());
  const out = new Uint32Array(points.length);
  const n = new PinOcclusion().visible(
    {
      positions,
      count: points.length,
      viewProjection: overviewMatrix().elements,
      ...VIEW,
      minSpriteHeight: 16,
      skip: () => false,
      keep: -1,
      ...overrides,
    },
    out,
  );
  return Array.from(out.slice(0, n)).sort((a, b) => a - b);
}

describe('PinOcclusion', () => {
  it('keeps only the nearest of pins that stand on the same spot of the screen', () => {
    // the same spot, the second 2 cm nearer the camera (south, +z): it hides the others (a spot
    // inside a cell: pins astride a cell's edge would both be kept)
    expect(visible([[3.13, 0, 0.6], [3.13, 0, 0.62], [3.14, 0, 0.6]])).toEqual([1]);
  });

  it('keeps pins apart on screen', () => {
    expect(visible([[0, 0, 0], [10, 0, 0], [-10, 0, 5]])).toEqual([0, 1, 2]);
  });

  it('always keeps the pin asked for, and never the skipped ones', () => {
    expect(visible([[0, 0, 0], [0, 0, 0.02], [20, 0, 0]], { keep: 0, skip: (i) => i === 2 })).toEqual([0, 1]);
  });

  it('leaves out pins behind the camera or well off screen, keeps those whose sprite may reach in', () => {
    const behind: [number, number, number] = [0, 0, 300];
    const farOff: [number, number, number] = [2000, 0, 0];
    // just beyond the bottom edge: the sprite standing on it reaches into the view
    const belowEdge: [number, number, number] = [0, 0, 60];
    const beyondTop: [number, number, number] = [0, 0, -400];
    expect(visible([behind, farOff, belowEdge, beyondTop])).toEqual([2]);
  });
});
