import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../core/protocol/messages.ts';
import { peopleInScene } from './people-shown.ts';

const entry = (connectionId: string, mode: PresenceEntry['mode'], name: string | null = null): PresenceEntry => ({
  connectionId,
  participantId: `p-${connectionId}`,
  name,
  role: 'participant',
  mode,
});

describe('people drawn in the scene', () => {
  it('are the others in the twin or in AR', () => {
    const presence = Object.fromEntries([entry('me', 'twin'), entry('b', 'ar', '王阿姨'), entry('a', 'twin'), entry('c', 'map'), entry('d', 'hearing')].map((e) => [e.connectionId, e]));
    expect(peopleInScene(presence, 'me')).toEqual([
      { connectionId: 'a', role: 'participant', name: null },
      { connectionId: 'b', role: 'participant', name: '王阿姨' },
    ]);
  });
});
