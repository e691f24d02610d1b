import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { headingToRotationY, placeOnGround } from './placement.ts';

const origin = { lng: 121.5065, lat: 31.159 };
const frame = createEnuFrame(origin);

describe('model placement from lng/lat', () => {
  it('puts a model at the origin at scene (0, 0, 0)', () => {
    const { position } = placeOnGround(frame, origin);
    expect(position[0]).toBeCloseTo(0, 6);
    expect(position[1]).toBe(0);
    expect(position[2]).toBeCloseTo(0, 6);
  });

  it('puts a model 10 m east at x = 10 ± 0.01, on the ground, z ≈ 0', () => {
    const east = frame.fromEnu({ east: 10, north: 0, up: 0 });
    const { position } = placeOnGround(frame, { lng: east.lng, lat: east.lat });
    expect(Math.abs(position[0] - 10)).toBeLessThanOrEqual(0.01);
    expect(position[1]).toBe(0);
    expect(Math.abs(position[2])).toBeLessThanOrEqual(0.01);
  });

  it('puts north at −z', () => {
    const north = frame.fromEnu({ east: 0, north: 25, up: 0 });
    expect(placeOnGround(frame, north).position[2]).toBeCloseTo(-25, 2);
  });

  it('turns a model facing −Z (north) to face east at heading 90 and south at 180', () => {
    const front = (heading: number) =>
      new Vector3(0, 0, -1).applyQuaternion(new Quaternion().setFromEuler(new Euler(0, headingToRotationY(heading), 0)));
    const east = front(90);
    expect(east.x).toBeCloseTo(1, 6);
    expect(east.z).toBeCloseTo(0, 6);
    expect(front(180).z).toBeCloseTo(1, 6);
    expect(Object.is(headingToRotationY(0), 0)).toBe(true);
  });

  it('carries the pack scale', () => {
    const placement = placeOnGround(frame, { ...origin, heading: 45, scale: 1.5 });
    expect(placement.scale).toBe(1.5);
    const matrix = new Matrix4().makeRotationY(placement.rotationY);
    expect(new Vector3(0, 0, -1).applyMatrix4(matrix).x).toBeCloseTo(Math.SQRT1_2, 6);
  });
});
