import { describe, expect, it } from 'vitest';
import { createEnuFrame } from '../../../core/geo/enu.ts';
import { PoseSchema } from '../../../core/protocol/messages.ts';
import type { CameraPose } from '../camera/camera-pose.ts';
import { geoPoseOf, scenePoseOf } from './geo-pose.ts';

const frame = createEnuFrame({ lng: 121.5065, lat: 31.159, height: 4 });

const cameras: CameraPose[] = [
  { position: [0, 1.6, 0], headingDegrees: 0, pitchDegrees: 0 },
  { position: [120.37, 1.6, -280.12], headingDegrees: 359.95, pitchDegrees: -12.5 },
  { position: [-310.5, 85, 150.25], headingDegrees: 225.4, pitchDegrees: -48.7 },
  { position: [42, 400, 42], headingDegrees: 90, pitchDegrees: -89.9 },
];

describe('scene pose ⇄ geo pose', () => {
  it.each(cameras)('round-trips within 1 cm and 0.1° (%j)', (camera) => {
    const geo = geoPoseOf(frame, camera, 'garden-street');
    expect(PoseSchema.safeParse(geo).success).toBe(true);
    const back = scenePoseOf(frame, geo);
    const error = Math.hypot(...back.position.map((v, i) => v - camera.position[i]!));
    expect(error).toBeLessThan(0.01);
    const turn = Math.abs(((back.headingDegrees - camera.headingDegrees + 540) % 360) - 180);
    expect(turn).toBeLessThan(0.1);
    expect(Math.abs(back.pitchDegrees - camera.pitchDegrees)).toBeLessThan(0.1);
  });

  it('puts a camera 10 m east of the origin 10 m east in lng/lat, at its height above ground', () => {
    const geo = geoPoseOf(frame, { position: [10, 1.6, 0], headingDegrees: 90, pitchDegrees: 0 });
    expect(geo.lng).toBeGreaterThan(frame.origin.lng);
    expect(geo.lat).toBeCloseTo(frame.origin.lat, 7);
    expect(geo.height).toBe(1.6);
    expect(geo.optionId).toBeUndefined();
    expect(scenePoseOf(frame, geo).position[0]).toBeCloseTo(10, 2);
  });

  it('keeps headings in 0–360 and heights inside the protocol limits', () => {
    const geo = geoPoseOf(frame, { position: [0, 900, 0], headingDegrees: -90, pitchDegrees: -95 });
    expect([geo.heading, geo.height, geo.pitch]).toEqual([270, 500, -90]);
    expect(geoPoseOf(frame, { position: [0, 2, 0], headingDegrees: 359.9999, pitchDegrees: 0 }).heading).toBe(0);
  });
});
