import { describe, expect, it } from 'vitest';
import type { CameraPose } from '../camera/camera-pose.ts';
import { copyPose, dampPose, poseGap, turnBetween } from './pose-smoothing.ts';

const at = (x: number, heading = 0, pitch = 0): CameraPose => ({ position: [x, 1.6, 0], headingDegrees: heading, pitchDegrees: pitch });

describe('pose smoothing', () => {
  it('turns the short way round', () => {
    expect(turnBetween(350, 10)).toBe(20);
    expect(turnBetween(10, 350)).toBe(-20);
    expect(turnBetween(0, 180)).toBe(180);
  });

  it('covers 1 − 1/e of the gap in one time constant, in many frames or one', () => {
    const stepped = copyPose(at(0, 350));
    for (let i = 0; i < 60; i++) dampPose(stepped, at(10, 20), 0.25 / 60, 0.25);
    const once = dampPose(copyPose(at(0, 350)), at(10, 20), 0.25, 0.25);
    expect(stepped.position[0]).toBeCloseTo(10 * (1 - Math.exp(-1)), 6);
    expect(once.position[0]).toBeCloseTo(stepped.position[0], 6);
    expect(stepped.headingDegrees).toBeCloseTo((350 + 30 * (1 - Math.exp(-1))) % 360, 6);
  });

  it('measures gaps in metres and degrees', () => {
    expect(poseGap(at(0, 10, 0), at(3, 355, -20))).toEqual({ metres: 3, degrees: 20 });
  });
});
