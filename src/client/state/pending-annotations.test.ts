import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/domain/state.ts';
import { emptySiteState } from '../../core/domain/state.ts';
import type { PendingChange } from '../net/outbox/outbox-store.ts';
import { pendingAnnotations } from './pending-annotations.ts';
import { initialSessionView, type SessionView } from './session-view.ts';

const PIN_ID = '0198a000-0000-7000-8000-0000000000a1';
const change = (opId: string, body: PendingChange['body']): PendingChange => ({ opId, body, createdAt: 1 });

const outbox: PendingChange[] = [
  change('0198a000-0000-7000-8000-000000000001', {
    type: 'annotation.create',
    payload: { id: PIN_ID, position: { lng: 121.5, lat: 31.16, height: 1 }, category: 'idea', text: '长椅' },
  }),
  change('0198a000-0000-7000-8000-000000000002', { type: 'ballot.cast', payload: { questionId: 'q', ballot: { kind: 'single', choiceId: 'a' } } }),
  change('0198a000-0000-7000-8000-000000000003', {
    type: 'annotation.reply',
    payload: { id: '0198a000-0000-7000-8000-0000000000a2', parentId: PIN_ID, text: '同意' },
  }),
];

describe('pendingAnnotations', () => {
  it('picks the pins and replies out of the outbox, in order', () => {
    const view: SessionView = { ...initialSessionView, outbox };
    expect(pendingAnnotations(view).map((p) => p.body.type)).toEqual(['annotation.create', 'annotation.reply']);
  });

  it('returns the same array while the outbox and the log are unchanged (safe as a selector)', () => {
    const view: SessionView = { ...initialSessionView, outbox };
    expect(pendingAnnotations({ ...view })).toBe(pendingAnnotations(view));
  });

  it('leaves out an annotation the log already has', () => {
    const log = { ...emptySiteState('site'), annotations: { [PIN_ID]: {} as Annotation } };
    const view: SessionView = { ...initialSessionView, outbox, log };
    expect(pendingAnnotations(view).map((p) => p.body.type)).toEqual(['annotation.reply']);
  });
});
