import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../core/domain/state.ts';
import type { PendingAnnotation } from '../../state/pending-annotations.ts';
import { byId, testAnnotation } from '../../ui/annotations/test-annotations.ts';
import { pinsForViewer, sameMarkers } from './pin-selection.ts';

const resident: Viewer = { participantId: 'resident', role: 'participant' };
const author: Viewer = { participantId: 'author', role: 'participant' };
const facilitator: Viewer = { participantId: 'chair', role: 'facilitator' };

const annotations = byId(
  testAnnotation('a-shown', { category: 'concern' }),
  testAnnotation('b-hidden', { hidden: true, authorId: 'author' }),
  testAnnotation('c-reply', { parentId: 'a-shown' }),
  testAnnotation('d-deleted', { deleted: true, text: '' }),
  testAnnotation('e-nowhere', { position: null }),
);

const pending = (id: string): PendingAnnotation => ({
  opId: `op-${id}`,
  createdAt: 1,
  body: { type: 'annotation.create', payload: { id, position: { lng: 121.5066, lat: 31.1591, height: 0 }, category: 'like', text: '路灯' } },
});

describe('pinsForViewer', () => {
  it('draws top-level pins with a place; hidden ones are left out for other participants', () => {
    expect(pinsForViewer(annotations, resident, []).map((p) => p.id)).toEqual(['a-shown']);
  });

  it('shows a hidden pin to its author and to facilitators, as the list does', () => {
    expect(pinsForViewer(annotations, author, []).map((p) => p.id)).toEqual(['a-shown', 'b-hidden']);
    expect(pinsForViewer(annotations, facilitator, []).map((p) => p.id)).toEqual(['a-shown', 'b-hidden']);
  });

  it('adds this device’s pins still on their way, marked pending', () => {
    const pins = pinsForViewer(annotations, resident, [pending('0-mine')]);
    expect(pins.map((p) => [p.id, p.pending, p.category])).toEqual([
      ['0-mine', true, 'like'],
      ['a-shown', false, 'concern'],
    ]);
  });
});

describe('sameMarkers', () => {
  it('ignores what the markers do not show (a text edit), notices what they do', () => {
    const before = pinsForViewer(annotations, resident, []);
    const edited = before.map((p) => ({ ...p, text: 'edited' }));
    const moved = before.map((p) => ({ ...p, lat: p.lat + 0.0001 }));
    const recoloured = before.map((p) => ({ ...p, category: 'like' as const }));
    expect(sameMarkers(before, edited)).toBe(true);
    expect(sameMarkers(before, moved)).toBe(false);
    expect(sameMarkers(before, recoloured)).toBe(false);
    expect(sameMarkers(before, [])).toBe(false);
  });
});
