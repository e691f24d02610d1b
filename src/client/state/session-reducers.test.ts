import { describe, expect, it } from 'vitest';
import type { JoinResult, PresenceEntry } from '../../core/protocol/messages.ts';
import type { WireOp } from '../../core/protocol/wire.ts';
import { withJoin, withOps, withoutPresence, withPresence } from './session-reducers.ts';
import { initialSessionView } from './session-view.ts';

const SITE = 'lingyan-south-road';
const SESSION = '0198a000-0000-7000-8000-000000000001';

function sessionCreate(seq: number): WireOp {
  return {
    seq,
    type: 'session.create',
    opId: `0198a000-0000-7000-8000-00000000000${seq}`,
    siteId: SITE,
    sessionId: SESSION,
    stage: 'hearing',
    actor: { id: 'system', name: null, role: 'system' },
    at: 1,
    payload: { sessionId: SESSION, title: 'Hearing', stage: 'hearing', questions: [] },
  };
}

function stageChange(seq: number): WireOp {
  return { ...sessionCreate(seq), type: 'session.stage', payload: { stage: 'evaluation' } } as WireOp;
}

const me: PresenceEntry = { connectionId: 'c1', participantId: 'p1', name: null, role: 'participant', mode: 'map' };

function joinResult(sync: JoinResult['sync']): JoinResult {
  return {
    you: { participantId: 'p1', connectionId: 'c1', role: 'participant', name: null, identityToken: 'x'.repeat(32) },
    session: { id: SESSION, code: '123456', siteId: SITE, title: 'Hearing' },
    site: { id: SITE } as JoinResult['site'],
    sync,
    presence: [me],
    tallies: [],
  };
}

describe('session reducers', () => {
  it('folds a first join from a replay of ops into a fresh log', () => {
    const view = withJoin(initialSessionView, joinResult({ kind: 'ops', ops: [sessionCreate(1)], headSeq: 1 }));
    expect(view.status).toBe('online');
    expect(view.log?.seq).toBe(1);
    expect(view.log?.sessions[SESSION]?.title).toBe('Hearing');
    expect(view.presence).toEqual({ c1: me });
  });

  it('extends the log on a rejoin instead of starting over', () => {
    const first = withJoin(initialSessionView, joinResult({ kind: 'ops', ops: [sessionCreate(1)], headSeq: 1 }));
    const again = withJoin(first, joinResult({ kind: 'ops', ops: [{ seq: 2, redacted: true }, stageChange(3)], headSeq: 3 }));
    expect(again.log?.seq).toBe(3);
    expect(again.log?.sessions[SESSION]?.stage).toBe('evaluation');
  });

  it('ignores ops it already applied', () => {
    const view = withJoin(initialSessionView, joinResult({ kind: 'ops', ops: [sessionCreate(1), stageChange(2)], headSeq: 2 }));
    expect(withOps(view, [stageChange(2)])).toBe(view);
  });

  it('tracks presence by connection', () => {
    const other: PresenceEntry = { ...me, connectionId: 'c2', participantId: 'p2', name: '王阿姨' };
    const view = withPresence(initialSessionView, other);
    expect(Object.keys(view.presence)).toEqual(['c2']);
    expect(withoutPresence(view, 'c2').presence).toEqual({});
  });
});
