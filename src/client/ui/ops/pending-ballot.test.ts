import { describe, expect, it } from 'vitest';
import type { ClientOpBody } from '../../../core/protocol/ops.ts';
import type { PendingChange } from '../../net/outbox/outbox-store.ts';
import { pendingBallot } from './pending-ballot.ts';

let n = 0;
const change = (body: ClientOpBody): PendingChange => ({ opId: `op-${++n}`, body, createdAt: n });
const cast = (questionId: string, choiceId: string) => change({ type: 'ballot.cast', payload: { questionId, ballot: { kind: 'single', choiceId } } });

describe('pendingBallot', () => {
  it('is undefined when no ballot on the question waits in the outbox', () => {
    const outbox = [cast('other-question', 'a'), change({ type: 'session.stage', payload: { stage: 'evaluation' } })];
    expect(pendingBallot({ outbox }, 'preferred-option')).toBeUndefined();
    expect(pendingBallot({ outbox: [] }, 'preferred-option')).toBeUndefined();
  });

  it('is the latest ballot cast on the question, the very object the outbox holds', () => {
    const latest = cast('preferred-option', 'shared');
    const outbox = [cast('preferred-option', 'garden'), latest, cast('other-question', 'a')];
    const found = pendingBallot({ outbox }, 'preferred-option');
    expect(found).toEqual({ kind: 'single', choiceId: 'shared' });
    // the same object each time: a zustand selector returning a new one would re-render forever
    expect(found).toBe(latest.body.type === 'ballot.cast' ? latest.body.payload.ballot : undefined);
  });
});
