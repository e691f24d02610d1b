import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../core/domain/state.ts';
import { emptySiteState } from '../../../core/domain/state.ts';
import { BUDGET_PRIORITIES, OPTION_RATING, PREFERRED_OPTION } from '../../../core/domain/test-fixtures.ts';
import type { JoinedSession, SessionView } from '../../state/session-view.ts';
import { initialSessionView } from '../../state/session-view.ts';
import { byId, testAnnotation } from '../annotations/test-annotations.ts';
import { badgeNumber, othersCommentIds, questionsAwaitingVote, revealedQuestionIds, unseenCount } from './section-badges.ts';

const ME = 'me';
const SESSION = 's1';

const session: SessionState = {
  id: SESSION,
  title: 'Hearing',
  stage: 'hearing',
  status: 'open',
  questions: [
    { spec: PREFERRED_OPTION, status: 'open', revealed: true },
    { spec: OPTION_RATING, status: 'open', revealed: false },
    { spec: BUDGET_PRIORITIES, status: 'closed', revealed: false },
  ],
};

function viewAs(role: 'participant' | 'observer' | 'facilitator', extra: Partial<SessionView> = {}): SessionView {
  const joined = {
    you: { participantId: ME, connectionId: 'c1', role, name: null, identityToken: 'x'.repeat(32) },
    session: { id: SESSION, code: '123456', siteId: 'site', title: 'Hearing' },
    site: {},
  } as unknown as JoinedSession;
  const log = { ...emptySiteState('site'), sessions: { [SESSION]: session } };
  return { ...initialSessionView, joined, log, ...extra };
}

describe('othersCommentIds', () => {
  it('counts what others wrote and this viewer can read, not one’s own, deleted or hidden ones', () => {
    const annotations = byId(
      testAnnotation('a'),
      testAnnotation('mine', { authorId: ME }),
      testAnnotation('gone', { deleted: true }),
      testAnnotation('hidden', { hidden: true }),
      testAnnotation('reply', { parentId: 'a' }),
      testAnnotation('under-hidden', { parentId: 'hidden' }),
    );
    expect(othersCommentIds(annotations, { participantId: ME, role: 'participant' }).sort()).toEqual(['a', 'reply']);
  });
});

describe('questionsAwaitingVote', () => {
  it('counts the open questions without my ballot', () => {
    expect(questionsAwaitingVote(viewAs('participant'))).toBe(2);
  });

  it('leaves out questions I voted on, also while the vote still waits in the outbox', () => {
    const view = viewAs('participant');
    const voted = { ...view.log!, ballots: { [SESSION]: { [PREFERRED_OPTION.id]: { [ME]: { kind: 'single', choiceId: 'existing' } } } } } as SessionView['log'];
    const queued = {
      opId: 'op',
      createdAt: 1,
      body: { type: 'ballot.cast', payload: { questionId: OPTION_RATING.id, ballot: { kind: 'rating', ratings: {} } } },
    } as unknown as SessionView['outbox'][number];
    expect(questionsAwaitingVote({ ...view, log: voted })).toBe(1);
    expect(questionsAwaitingVote({ ...view, log: voted, outbox: [queued] })).toBe(0);
  });

  it('asks nothing of observers or facilitators, nor once the session is closed', () => {
    expect(questionsAwaitingVote(viewAs('observer'))).toBe(0);
    expect(questionsAwaitingVote(viewAs('facilitator'))).toBe(0);
    const closed = viewAs('participant');
    closed.log!.sessions[SESSION] = { ...session, status: 'closed' };
    expect(questionsAwaitingVote(closed)).toBe(0);
    expect(questionsAwaitingVote(initialSessionView)).toBe(0);
  });
});

describe('revealedQuestionIds, unseenCount and badgeNumber', () => {
  it('lists revealed questions, counts the unseen, and keeps numbers short', () => {
    expect(revealedQuestionIds(session)).toEqual([PREFERRED_OPTION.id]);
    expect(revealedQuestionIds(undefined)).toEqual([]);
    expect(unseenCount(['a', 'b', 'c'], new Set(['b']))).toBe(2);
    expect(badgeNumber(7)).toBe('7');
    expect(badgeNumber(140)).toBe('99+');
  });
});
