import { Matrix4, OrthographicCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { fitShadowCamera } from './shadow-fit.ts';

describe('shadow camera fit', () => {
  const bounds = { minX: -40, maxX: 30, minZ: -150, maxZ: 150 };

  it.each([
    ['low winter sun', [0.8, 0.1, 0.59]],
    ['high summer sun', [0.05, 0.99, 0.12]],
    ['straight overhead', [0, 1, 0]],
  ] as const)('keeps every corner of the site box inside the light frustum (%s)', (_name, toSun) => {
    const fit = fitShadowCamera(bounds, 33, [...toSun]);
    const camera = new OrthographicCamera(fit.left, fit.right, fit.top, fit.bottom, fit.near, fit.far);
    camera.position.set(...fit.position);
    // a directional light looks from its position towards the ground, against the sun direction
    camera.lookAt(new Vector3(...fit.position).sub(new Vector3(...toSun)));
    camera.updateMatrixWorld();
    camera.updateProjectionMatrix();
    const toClip = new Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    for (const x of [bounds.minX, bounds.maxX]) {
      for (const y of [0, 33]) {
        for (const z of [bounds.minZ, bounds.maxZ]) {
          const clip = new Vector3(x, y, z).applyMatrix4(toClip);
          expect(Math.abs(clip.x)).toBeLessThanOrEqual(1.0001);
          expect(Math.abs(clip.y)).toBeLessThanOrEqual(1.0001);
          expect(Math.abs(clip.z)).toBeLessThanOrEqual(1.0001);
        }
      }
    }
  });

  it('reaches out to where a low sun throws the shadows of the tallest things', () => {
    const low = fitShadowCamera(bounds, 33, [0.8, 0.1, 0.59]);
    const high = fitShadowCamera(bounds, 33, [0.05, 0.99, 0.12]);
    const area = (f: typeof low) => (f.right - f.left) * (f.top - f.bottom);
    const flat = (toSun: [number, number, number]) => area(fitShadowCamera(bounds, 0, toSun));
    // a low sun needs a much larger box than the site's footprint; a high one hardly any
    expect(area(low)).toBeGreaterThan(1.5 * flat([0.8, 0.1, 0.59]));
    expect(area(high)).toBeLessThan(1.2 * flat([0.05, 0.99, 0.12]));
  });
});
