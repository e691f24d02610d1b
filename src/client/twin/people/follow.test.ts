import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../core/protocol/messages.ts';
import type { CameraPose } from '../camera/camera-pose.ts';
import { chooseFollowTarget, facilitatorsInTwin, followOffered } from './follow.ts';
import { FOLLOW_FLIGHT_SECONDS, FollowCamera, type FollowFrame } from './follow-camera.ts';

const entry = (connectionId: string, role: PresenceEntry['role'], mode: PresenceEntry['mode']): PresenceEntry => ({
  connectionId,
  participantId: `p-${connectionId}`,
  name: null,
  role,
  mode,
});
const presence = Object.fromEntries(
  [entry('me', 'participant', 'twin'), entry('f-map', 'facilitator', 'map'), entry('f2', 'facilitator', 'twin'), entry('f1', 'facilitator', 'twin'), entry('r', 'participant', 'twin')].map(
    (e) => [e.connectionId, e],
  ),
);

describe('whom to follow', () => {
  it('offers only facilitators in the twin', () => {
    expect(facilitatorsInTwin(presence, 'me').map((e) => e.connectionId)).toEqual(['f1', 'f2']);
    expect(facilitatorsInTwin(presence, 'f1').map((e) => e.connectionId)).toEqual(['f2']);
  });

  it('follows the facilitator who moved last, and keeps following them', () => {
    const candidates = facilitatorsInTwin(presence, 'me');
    const poseAt: Record<string, number> = { f1: 100, f2: 200 };
    expect(chooseFollowTarget(null, candidates, (id) => poseAt[id])).toBe('f2');
    poseAt.f1 = 300;
    expect(chooseFollowTarget('f2', candidates, (id) => poseAt[id])).toBe('f2'); // sticky
    expect(chooseFollowTarget('f2', candidates.filter((c) => c.connectionId !== 'f2'), (id) => poseAt[id])).toBe('f1');
  });

  it('falls back to a stable first choice before anyone has moved, and to nobody', () => {
    expect(chooseFollowTarget(null, facilitatorsInTwin(presence, 'me'), () => undefined)).toBe('f1');
    expect(chooseFollowTarget('gone', [], () => 1)).toBeNull();
  });

  it('offers the toggle to participants and observers, not to facilitators', () => {
    expect(followOffered('participant', 1, false)).toBe(true);
    expect(followOffered('observer', 1, false)).toBe(true);
    expect(followOffered('facilitator', 1, false)).toBe(false);
    expect(followOffered('participant', 0, false)).toBe(false);
    expect(followOffered('participant', 0, true)).toBe(true); // so they can turn it off
    expect(followOffered(undefined, 1, false)).toBe(false);
  });
});

describe('the following camera', () => {
  const pose = (x: number, heading = 0): CameraPose => ({ position: [x, 1.6, 0], headingDegrees: heading, pitchDegrees: 0 });
  const frame = (over: Partial<FollowFrame>): FollowFrame => ({ now: 0, seconds: 1 / 60, camera: pose(0), target: pose(2), userInput: false, ...over });

  it('eases small moves frame by frame, as zero-second flights', () => {
    const follow = new FollowCamera();
    follow.engage();
    const first = follow.step(frame({}));
    expect(first.kind).toBe('fly');
    if (first.kind !== 'fly') return;
    expect(first.seconds).toBe(0);
    expect(first.pose.position[0]).toBeGreaterThan(0);
    expect(first.pose.position[0]).toBeLessThan(0.2);
    let last = first;
    for (let i = 1; i < 120; i++) {
      const step = follow.step(frame({ now: i / 60, camera: last.pose }));
      if (step.kind === 'fly') last = step;
    }
    expect(last.pose.position[0]).toBeCloseTo(2, 2);
    // settled: the camera is left alone
    expect(follow.step(frame({ now: 3, camera: last.pose })).kind).toBe('wait');
  });

  it('flies far jumps with an eased flight and waits for it to land', () => {
    const follow = new FollowCamera();
    follow.engage();
    const step = follow.step(frame({ target: pose(120, 90) }));
    expect(step).toEqual({ kind: 'fly', pose: pose(120, 90), seconds: FOLLOW_FLIGHT_SECONDS });
    expect(follow.step(frame({ now: 0.5, target: pose(121, 90) })).kind).toBe('wait');
    const after = follow.step(frame({ now: FOLLOW_FLIGHT_SECONDS + 0.01, target: pose(121, 90) }));
    expect(after.kind === 'fly' && after.seconds === 0 && after.pose.position[0] > 120).toBe(true);
  });

  it('waits while the facilitator has no pose yet', () => {
    const follow = new FollowCamera();
    follow.engage();
    expect(follow.step(frame({ target: null })).kind).toBe('wait');
  });

  it('stops when the follower moves the camera themself', () => {
    const follow = new FollowCamera();
    follow.engage();
    follow.step(frame({}));
    expect(follow.step(frame({ now: 0.1, userInput: true })).kind).toBe('stop');
    // even in the middle of a flight
    follow.engage();
    follow.step(frame({ target: pose(200) }));
    expect(follow.step(frame({ now: 0.2, userInput: true })).kind).toBe('stop');
  });
});
