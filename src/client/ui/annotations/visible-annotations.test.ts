import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../core/domain/state.ts';
import { byId, testAnnotation as pin } from './test-annotations.ts';
import { liveReplyCount, liveReplyCounts, visiblePins, visibleReplies } from './visible-annotations.ts';

const resident: Viewer = { participantId: 'me', role: 'participant' };
const facilitator: Viewer = { participantId: 'f', role: 'facilitator' };
const reply = (id: string, parentId: string, extra = {}) => pin(id, { parentId, position: null, category: null, ...extra });

describe('visible annotations', () => {
  const all = byId(
    pin('old', { createdAt: 1 }),
    pin('new', { createdAt: 3 }),
    pin('hidden', { createdAt: 2, hidden: true }),
    pin('my-hidden', { createdAt: 2, hidden: true, authorId: 'me' }),
    pin('gone', { createdAt: 4, deleted: true, text: '' }),
    pin('gone-with-talk', { createdAt: 5, deleted: true, text: '' }),
    reply('r2', 'old', { createdAt: 20 }),
    reply('r1', 'old', { createdAt: 10 }),
    reply('r-deleted', 'old', { createdAt: 15, deleted: true, text: '' }),
    reply('r-hidden', 'old', { createdAt: 16, hidden: true }),
    reply('r-under-hidden', 'hidden', { createdAt: 30 }),
    reply('r-talk', 'gone-with-talk', { createdAt: 31 }),
  );

  it('lists top-level pins the viewer may see, newest first, without empty tombstones', () => {
    expect(visiblePins(all, resident).map((a) => a.id)).toEqual(['gone-with-talk', 'new', 'my-hidden', 'old']);
  });

  it('shows facilitators the hidden pins too', () => {
    expect(visiblePins(all, facilitator).map((a) => a.id)).toContain('hidden');
  });

  it('gives a thread oldest first, tombstones kept, hidden replies left out', () => {
    expect(visibleReplies(all, 'old', resident).map((a) => a.id)).toEqual(['r1', 'r-deleted', 'r2']);
    expect(visibleReplies(all, 'old', facilitator).map((a) => a.id)).toEqual(['r1', 'r-deleted', 'r-hidden', 'r2']);
  });

  it('hides the replies of a hidden pin with it, and counts only replies that still say something', () => {
    expect(visibleReplies(all, 'hidden', resident)).toEqual([]);
    expect(liveReplyCount(all, 'old', resident)).toBe(2);
    expect(liveReplyCounts(all, resident)).toEqual(new Map([['old', 2], ['gone-with-talk', 1]]));
  });
});
