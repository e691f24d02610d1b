import { describe, expect, it } from 'vitest';
import type { Pose } from '../../core/protocol/messages.ts';
import {
  POSE_INTERVAL_MS,
  POSE_KEEPALIVE_MS,
  PoseThrottle,
  TwinModeKeeper,
  angleBetweenDegrees,
  poseChangedMeaningfully,
  poseDistanceMetres,
} from './poses.ts';

const here: Pose = { lng: 121.5065, lat: 31.159, height: 1.6, heading: 90, pitch: 0, optionId: 'garden-street' };
/** `metres` north of `here` */
const north = (metres: number): Pose => ({ ...here, lat: here.lat + metres / 111_320 });

function throttled() {
  let clock = 1_000;
  const sent: Pose[] = [];
  const throttle = new PoseThrottle((pose) => sent.push(pose), () => clock);
  return { throttle, sent, advance: (ms: number) => void (clock += ms) };
}

describe('what counts as a change', () => {
  it('measures metres between poses and wraps angles', () => {
    expect(poseDistanceMetres(here, north(10))).toBeCloseTo(10, 3);
    expect(angleBetweenDegrees(359, 1)).toBe(2);
    expect(angleBetweenDegrees(10, 190)).toBe(180);
  });

  it('needs more than 0.3 m, 2° or another option', () => {
    expect(poseChangedMeaningfully(here, north(0.25))).toBe(false);
    expect(poseChangedMeaningfully(here, north(0.35))).toBe(true);
    expect(poseChangedMeaningfully(here, { ...here, heading: 91.5 })).toBe(false);
    expect(poseChangedMeaningfully(here, { ...here, heading: 92.5 })).toBe(true);
    expect(poseChangedMeaningfully({ ...here, heading: 359 }, { ...here, heading: 0.5 })).toBe(false);
    expect(poseChangedMeaningfully(here, { ...here, pitch: -2.5 })).toBe(true);
    expect(poseChangedMeaningfully(here, { ...here, optionId: 'shared-street' })).toBe(true);
  });
});

describe('pose throttle', () => {
  it('sends the first pose at once', () => {
    const { throttle, sent } = throttled();
    expect(throttle.offer(() => here)).toBe(true);
    expect(sent).toEqual([here]);
  });

  it('sends at most 5 a second however often it is offered a moving pose', () => {
    const { throttle, sent, advance } = throttled();
    // 60 frames a second for 2 s, walking 5 m/s
    for (let frame = 0; frame < 120; frame++) {
      throttle.offer(() => north((frame / 60) * 5));
      advance(1000 / 60);
    }
    expect(sent.length).toBeGreaterThanOrEqual(9);
    expect(sent.length).toBeLessThanOrEqual(10);
  });

  it('does not even make the pose between allowed sends', () => {
    const { throttle, advance } = throttled();
    throttle.offer(() => here);
    let made = 0;
    advance(POSE_INTERVAL_MS - 1);
    throttle.offer(() => (made++, north(5)));
    expect(made).toBe(0);
  });

  it('stays quiet while the pose barely changes, and sends the pose a movement ends on', () => {
    const { throttle, sent, advance } = throttled();
    throttle.offer(() => here);
    advance(POSE_INTERVAL_MS);
    expect(throttle.offer(() => north(0.2))).toBe(false);
    advance(50);
    expect(throttle.offer(() => north(0.5))).toBe(true); // measured against the last pose sent
    advance(50);
    expect(throttle.offer(() => north(3))).toBe(false); // too soon
    advance(POSE_INTERVAL_MS);
    expect(throttle.offer(() => north(3))).toBe(true); // the resting pose still goes out
    expect(sent.map((p) => Math.round(poseDistanceMetres(here, p) * 10) / 10)).toEqual([0, 0.5, 3]);
  });

  it('repeats a still pose as a keepalive, and forgets after a rejoin', () => {
    const { throttle, sent, advance } = throttled();
    throttle.offer(() => here);
    advance(POSE_KEEPALIVE_MS - 1);
    expect(throttle.offer(() => here)).toBe(false);
    advance(1);
    expect(throttle.offer(() => here)).toBe(true);
    throttle.forget();
    expect(throttle.offer(() => here)).toBe(true);
    expect(sent).toHaveLength(3);
  });
});

describe('presence mode while the 3D view is shown', () => {
  it('switches to twin once and back to the mode before', () => {
    const keeper = new TwinModeKeeper();
    keeper.joined('hearing');
    expect(keeper.change(true)).toBe('twin');
    expect(keeper.change(true)).toBeNull();
    expect(keeper.change(false)).toBe('hearing');
    expect(keeper.change(false)).toBeNull();
  });

  it('joins in twin mode while the view is open and returns to map after', () => {
    const keeper = new TwinModeKeeper();
    expect(keeper.joinMode(true)).toBe('twin');
    keeper.joined('twin');
    expect(keeper.change(true)).toBeNull();
    expect(keeper.change(false)).toBe('map');
    expect(keeper.joinMode(false)).toBe('map');
  });

  it('asks again after a refusal', () => {
    const keeper = new TwinModeKeeper();
    expect(keeper.change(true)).toBe('twin');
    keeper.refused('twin');
    expect(keeper.change(true)).toBe('twin');
  });
});
