import { describe, expect, it } from 'vitest';
import type { Pose } from '../../core/protocol/messages.ts';
import { POSE_FADE_AFTER_MS, POSE_FADE_MS, PoseBook, poseFreshness } from './poses.ts';

const pose: Pose = { lng: 121.5065, lat: 31.159, height: 1.6, heading: 0, pitch: 0 };

function book() {
  let clock = 5_000;
  return { poses: new PoseBook(() => clock), advance: (ms: number) => void (clock += ms), now: () => clock };
}

describe('received poses', () => {
  it('keeps the latest pose per connection with the time it came', () => {
    const { poses, advance, now } = book();
    poses.receive('a', pose);
    advance(100);
    poses.receive('a', { ...pose, heading: 90 });
    expect(poses.get('a')).toEqual({ pose: { ...pose, heading: 90 }, receivedAt: now() });
    expect(poses.size).toBe(1);
  });

  it('knows when someone last moved; a still pose sent again is not a move', () => {
    const { poses, advance, now } = book();
    expect(poses.lastMovedAt).toBe(Number.NEGATIVE_INFINITY);
    poses.receive('a', pose);
    const firstSeen = now();
    expect(poses.lastMovedAt).toBe(firstSeen);
    advance(3_000);
    poses.receive('a', { ...pose }); // the repeat of a person looking at one spot
    expect(poses.lastMovedAt).toBe(firstSeen);
    advance(100);
    poses.receive('a', { ...pose, optionId: 'garden-street' });
    expect(poses.lastMovedAt).toBe(now());
  });

  it('fades a pose after 10 s without news, over 2 s', () => {
    const { poses, advance } = book();
    poses.receive('a', pose);
    advance(POSE_FADE_AFTER_MS);
    expect(poses.freshness('a')).toBe(1);
    advance(POSE_FADE_MS / 2);
    expect(poses.freshness('a')).toBeCloseTo(0.5, 6);
    advance(POSE_FADE_MS);
    expect(poses.freshness('a')).toBe(0);
    expect(poses.get('a')).toBeDefined(); // faded, not gone: presence decides who is here
    poses.receive('a', pose);
    expect(poses.freshness('a')).toBe(1);
  });

  it('drops connections that left, and all but the present after a rejoin', () => {
    const { poses } = book();
    for (const id of ['a', 'b', 'c']) poses.receive(id, pose);
    poses.forget('a');
    expect(poses.get('a')).toBeUndefined();
    poses.retainOnly(new Set(['c', 'd']));
    expect([poses.get('b'), poses.get('c')?.pose]).toEqual([undefined, pose]);
    poses.clear();
    expect(poses.size).toBe(0);
    expect(poses.freshness('c')).toBe(0);
  });

  it('never goes below 0 or above 1', () => {
    expect(poseFreshness(0, -5)).toBe(1);
    expect(poseFreshness(0, 1e9)).toBe(0);
  });
});
