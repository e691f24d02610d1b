import { Euler, Quaternion, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { groundFocus, headingPitchOf, poseEuler, poseForward, viewpointPose } from './camera-pose.ts';
import { lookBy, stepWalk, MAX_LOOK_PITCH } from './walk-motion.ts';

const frame = createEnuFrame({ lng: 121.5065, lat: 31.159 });
const bounds = { minX: -20, maxX: 20, minZ: -100, maxZ: 100 };

describe('camera poses', () => {
  it('places a viewpoint at its eye height, 30 m north at z = −30', () => {
    const spot = frame.fromEnu({ east: 0, north: 30, up: 0 });
    const pose = viewpointPose(frame, { id: 'v', name: { zh: '点', en: 'spot' }, lng: spot.lng, lat: spot.lat, height: 1.6, heading: 90, pitch: -10 });
    expect(pose.position[1]).toBe(1.6);
    expect(pose.position[2]).toBeCloseTo(-30, 2);
  });

  it('looks along the heading: a camera turned to 90° looks east', () => {
    const [x, y, z] = poseEuler({ headingDegrees: 90, pitchDegrees: 0 });
    const look = new Vector3(0, 0, -1).applyQuaternion(new Quaternion().setFromEuler(new Euler(x, y, z, 'YXZ')));
    expect(look.x).toBeCloseTo(1, 6);
    expect(poseForward({ headingDegrees: 90, pitchDegrees: 0 })[0]).toBeCloseTo(1, 6);
  });

  it('recovers heading and pitch from a look direction', () => {
    const back = headingPitchOf(poseForward({ headingDegrees: 200, pitchDegrees: -25 }));
    expect(back.headingDegrees).toBeCloseTo(200, 6);
    expect(back.pitchDegrees).toBeCloseTo(-25, 6);
  });

  it('finds where a downward view meets the ground', () => {
    const focus = groundFocus({ position: [0, 10, 0], headingDegrees: 0, pitchDegrees: -45 });
    expect(focus[2]).toBeCloseTo(-10, 6);
    expect(focus[1]).toBe(0);
  });
});

describe('walking', () => {
  const start = { position: [0, 1.6, 0] as [number, number, number], headingDegrees: 0, pitchDegrees: 0 };

  it('walks forward along the heading at eye height', () => {
    const after = stepWalk(start, { forward: 1, strafe: 0, turn: 0 }, 1, bounds);
    expect(after.position[2]).toBeLessThan(-4); // north
    expect(after.position[1]).toBe(1.6);
  });

  it('stays inside the site', () => {
    const after = stepWalk({ ...start, headingDegrees: 90 }, { forward: 1, strafe: 0, turn: 0 }, 60, bounds);
    expect(after.position[0]).toBe(20);
  });

  it('turns and limits looking up and down', () => {
    expect(stepWalk(start, { forward: 0, strafe: 0, turn: -1 }, 1, bounds).headingDegrees).toBeGreaterThan(270);
    expect(lookBy(start, 0, 500).pitchDegrees).toBe(-MAX_LOOK_PITCH);
  });
});
