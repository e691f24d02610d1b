import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../protocol/errors.ts';
import { CLIENT_OP_TYPES, ClientOpSchema, FACILITATOR_OP_TYPES, type ClientOpBody } from '../protocol/ops.ts';
import { checkOp } from './check-op.ts';
import {
  BUDGET_PRIORITIES,
  FACILITATOR,
  LI,
  LIGHTING_QUESTION,
  OBSERVER,
  PREFERRED_OPTION,
  SESSION_ID,
  SYSTEM,
  SiteLog,
  VALID_CLIENT_OPS,
  WANG,
  ballots,
  body,
  contextOf,
  testId,
} from './test-fixtures.ts';
import type { SiteState } from './state.ts';

type Person = typeof WANG;

const PIN = testId(0x100); // 王阿姨's pin
const REPLY = testId(0x101); // 李's reply to it
const NEW_ID = testId(0x1ff);

/** One valid client op per type, parsed as the server would before checking it. */
const parsed = (type: (typeof CLIENT_OP_TYPES)[number]): ClientOpBody => {
  const { type: t, payload } = ClientOpSchema.parse(VALID_CLIENT_OPS[type]);
  return { type: t, payload } as ClientOpBody;
};

/** The hearing in progress: 王阿姨 pinned something, 李 replied. */
function hearing(): SiteLog {
  const log = SiteLog.withSession();
  log.commit(WANG, body.pin(PIN));
  log.commit(LI, body.reply(REPLY, PIN));
  return log;
}

const check = (state: SiteState, op: ClientOpBody, who: Person) => checkOp(state, op, contextOf(who));
const codeOf = (state: SiteState, op: ClientOpBody, who: Person): ErrorCode | null => check(state, op, who)?.code ?? null;
const asClient = (b: ReturnType<(typeof body)[keyof typeof body]>) => b as ClientOpBody;

/** Ops that are valid against `hearing()` for the given sender. */
const allowedOps: Record<string, ClientOpBody> = {
  'annotation.create': asClient(body.pin(NEW_ID, '这里可以放一张长椅', 'idea', 'garden-street')),
  'annotation.reply': asClient(body.reply(NEW_ID, PIN)),
  'annotation.react': asClient(body.react(PIN)),
  'ballot.cast': asClient(body.vote('preferred-option', ballots.single('garden-street'))),
  'annotation.moderate': asClient(body.moderate(PIN, true)),
  'session.stage': asClient(body.stage('coordination')),
  'session.status': asClient(body.status('closed')),
  'question.add': asClient(body.addQuestion(LIGHTING_QUESTION)),
  'question.status': asClient(body.questionStatus('preferred-option', 'closed')),
  'question.reveal': asClient(body.reveal('option-rating')),
};

describe('checkOp: roles', () => {
  it.each(Object.entries(allowedOps))('lets a facilitator send %s', (_type, op) => {
    expect(check(hearing().state, op, FACILITATOR)).toBeNull();
  });

  it.each(['annotation.create', 'annotation.reply', 'annotation.react', 'ballot.cast'])('lets a participant send %s', (type) => {
    expect(check(hearing().state, allowedOps[type]!, LI)).toBeNull();
  });

  it('lets the author edit and delete their own pin', () => {
    const { state } = hearing();
    expect(check(state, asClient(body.edit(PIN, { text: '多种树，少停车' })), WANG)).toBeNull();
    expect(check(state, asClient(body.remove(PIN)), WANG)).toBeNull();
  });

  it.each(CLIENT_OP_TYPES)('refuses an observer sending %s (FORBIDDEN)', (type) => {
    expect(codeOf(hearing().state, parsed(type), OBSERVER)).toBe('FORBIDDEN');
  });

  it.each([...FACILITATOR_OP_TYPES])('refuses a participant sending %s (FORBIDDEN)', (type) => {
    expect(codeOf(hearing().state, allowedOps[type]!, WANG)).toBe('FORBIDDEN');
  });

  it('refuses an op for a session the site does not have (NOT_FOUND)', () => {
    const error = checkOp(hearing().state, allowedOps['annotation.create']!, contextOf(WANG, testId(0xdead)));
    expect(error?.code).toBe('NOT_FOUND');
  });
});

describe('checkOp: a closed session', () => {
  function closed(): SiteState {
    const log = hearing();
    log.commit(FACILITATOR, body.status('closed'));
    return log.state;
  }

  it.each(Object.entries(allowedOps))('refuses a facilitator sending %s (SESSION_CLOSED)', (_type, op) => {
    expect(codeOf(closed(), op, FACILITATOR)).toBe('SESSION_CLOSED');
  });

  it.each(['annotation.create', 'annotation.reply', 'annotation.react', 'ballot.cast'])(
    'refuses a participant sending %s (SESSION_CLOSED)',
    (type) => {
      expect(codeOf(closed(), allowedOps[type]!, LI)).toBe('SESSION_CLOSED');
    },
  );

  it('refuses the author editing or deleting (SESSION_CLOSED)', () => {
    expect(codeOf(closed(), asClient(body.edit(PIN, { category: 'concern' })), WANG)).toBe('SESSION_CLOSED');
    expect(codeOf(closed(), asClient(body.remove(PIN)), WANG)).toBe('SESSION_CLOSED');
  });

  it('lets only a facilitator reopen it', () => {
    const reopen = asClient(body.status('open'));
    expect(check(closed(), reopen, FACILITATOR)).toBeNull();
    expect(codeOf(closed(), reopen, WANG)).toBe('FORBIDDEN');
    expect(codeOf(closed(), reopen, OBSERVER)).toBe('FORBIDDEN');
  });

  it('takes ops again once reopened', () => {
    const log = hearing();
    log.commit(FACILITATOR, body.status('closed'));
    log.commit(FACILITATOR, body.status('open'));
    expect(check(log.state, allowedOps['annotation.create']!, LI)).toBeNull();
  });
});

describe('checkOp: annotations', () => {
  it.each([
    ['a pin', () => asClient(body.pin(PIN))],
    ['a reply', () => asClient(body.reply(REPLY, PIN))],
    ['a pin reusing a reply id', () => asClient(body.pin(REPLY))],
  ])('refuses %s whose id is already used (CONFLICT)', (_what, op) => {
    expect(codeOf(hearing().state, op(), LI)).toBe('CONFLICT');
  });

  it('refuses a pin on an unknown design option (NOT_FOUND)', () => {
    const error = check(hearing().state, asClient(body.pin(NEW_ID, '喜欢这个方案', 'like', 'car-free-street')), WANG);
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('car-free-street') });
  });

  it.each(['existing', 'garden-street', 'shared-street'])('accepts a pin on the design option %s', (optionId) => {
    expect(check(hearing().state, asClient(body.pin(NEW_ID, '喜欢', 'like', optionId)), LI)).toBeNull();
  });

  it('refuses a reply to a reply (INVALID_STATE)', () => {
    expect(codeOf(hearing().state, asClient(body.reply(NEW_ID, REPLY)), WANG)).toBe('INVALID_STATE');
  });

  it('refuses a reply to an unknown pin (NOT_FOUND)', () => {
    expect(codeOf(hearing().state, asClient(body.reply(NEW_ID, testId(0xbad))), WANG)).toBe('NOT_FOUND');
  });

  it('refuses a reply to, or a reaction on, a deleted pin (INVALID_STATE)', () => {
    const log = hearing();
    log.commit(WANG, body.remove(PIN));
    expect(codeOf(log.state, asClient(body.reply(NEW_ID, PIN)), LI)).toBe('INVALID_STATE');
    expect(codeOf(log.state, asClient(body.react(PIN)), LI)).toBe('INVALID_STATE');
  });

  it.each([
    ['edit', asClient(body.edit(PIN, { text: '改一下' }))],
    ['delete', asClient(body.remove(PIN))],
  ])("refuses to %s someone else's pin (FORBIDDEN), even for a facilitator", (_what, op) => {
    const { state } = hearing();
    expect(codeOf(state, op, LI)).toBe('FORBIDDEN');
    expect(codeOf(state, op, FACILITATOR)).toBe('FORBIDDEN');
  });

  it('refuses editing or deleting a deleted pin (INVALID_STATE)', () => {
    const log = hearing();
    log.commit(WANG, body.remove(PIN));
    expect(codeOf(log.state, asClient(body.edit(PIN, { text: '我又想了想' })), WANG)).toBe('INVALID_STATE');
    expect(codeOf(log.state, asClient(body.remove(PIN)), WANG)).toBe('INVALID_STATE');
  });

  it('refuses a category on a reply (INVALID_STATE) but lets its author edit the text', () => {
    const { state } = hearing();
    expect(codeOf(state, asClient(body.edit(REPLY, { category: 'concern' })), LI)).toBe('INVALID_STATE');
    expect(check(state, asClient(body.edit(REPLY, { text: '同意，尤其是下午' })), LI)).toBeNull();
  });

  it('refuses moderating an unknown annotation (NOT_FOUND)', () => {
    expect(codeOf(hearing().state, asClient(body.moderate(testId(0xbad), true)), FACILITATOR)).toBe('NOT_FOUND');
  });

  describe('a hidden pin', () => {
    function hidden(): SiteState {
      const log = hearing();
      log.commit(FACILITATOR, body.moderate(PIN, true));
      return log.state;
    }

    it.each([
      ['react to', asClient(body.react(PIN))],
      ['reply to', asClient(body.reply(NEW_ID, PIN))],
      ['edit', asClient(body.edit(PIN, { text: '?' }))],
      ['delete', asClient(body.remove(PIN))],
    ])('is invisible to another participant, who cannot %s it (NOT_FOUND)', (_what, op) => {
      expect(codeOf(hidden(), op, LI)).toBe('NOT_FOUND');
    });

    it('stays reachable by its author', () => {
      const state = hidden();
      expect(check(state, asClient(body.edit(PIN, { text: '我改了措辞' })), WANG)).toBeNull();
      expect(check(state, asClient(body.react(PIN)), WANG)).toBeNull();
      expect(check(state, asClient(body.remove(PIN)), WANG)).toBeNull();
    });

    it('stays reachable by a facilitator, who can reply to it and unhide it', () => {
      const state = hidden();
      expect(check(state, asClient(body.reply(NEW_ID, PIN, '请文明发言')), FACILITATOR)).toBeNull();
      expect(check(state, asClient(body.moderate(PIN, false)), FACILITATOR)).toBeNull();
    });

    it('still blocks its id from reuse (CONFLICT)', () => {
      expect(codeOf(hidden(), asClient(body.pin(PIN)), LI)).toBe('CONFLICT');
    });
  });
});

describe('checkOp: ballots', () => {
  const vote = (questionId: string, ballot: Parameters<typeof body.vote>[1]) => asClient(body.vote(questionId, ballot));

  it.each([
    ['preferred-option', ballots.single('existing')],
    ['option-rating', ballots.rating({ 'garden-street': 4 })],
    ['budget-priorities', ballots.budget({ 'trees-shade': 5, seating: 3, lighting: 2 })],
    ['budget-priorities', ballots.budget({})],
  ])('accepts a fitting ballot on %s', (questionId, ballot) => {
    expect(check(hearing().state, vote(questionId, ballot), LI)).toBeNull();
  });

  it('refuses a ballot on an unknown question (NOT_FOUND)', () => {
    expect(codeOf(hearing().state, vote('night-lighting', ballots.single('yes')), LI)).toBe('NOT_FOUND');
  });

  it('refuses a ballot on a closed question (QUESTION_CLOSED), and takes it again once reopened', () => {
    const log = hearing();
    log.commit(FACILITATOR, body.questionStatus('preferred-option', 'closed'));
    const ballot = vote('preferred-option', ballots.single('garden-street'));
    expect(codeOf(log.state, ballot, LI)).toBe('QUESTION_CLOSED');
    log.commit(FACILITATOR, body.questionStatus('preferred-option', 'open'));
    expect(check(log.state, ballot, LI)).toBeNull();
  });

  it.each([
    ['of the wrong kind', 'preferred-option', ballots.rating({ 'garden-street': 5 })],
    ['with an unknown choice', 'preferred-option', ballots.single('car-free-street')],
    ['rating nothing', 'option-rating', ballots.rating({})],
    ['rating a choice the question lacks', 'option-rating', ballots.rating({ existing: 3 })],
    ['spending on an unknown choice', 'budget-priorities', ballots.budget({ 'play-space': 2 })],
    ['over budget (11 of 10)', 'budget-priorities', ballots.budget({ 'trees-shade': 6, seating: 5 })],
  ])('refuses a ballot %s (INVALID_BALLOT)', (_what, questionId, ballot) => {
    expect(codeOf(hearing().state, vote(questionId, ballot), LI)).toBe('INVALID_BALLOT');
  });

  it(`accepts spending exactly the budget of ${BUDGET_PRIORITIES.budget}`, () => {
    expect(check(hearing().state, vote('budget-priorities', ballots.budget({ 'trees-shade': 10 })), LI)).toBeNull();
  });
});

describe('checkOp: questions', () => {
  it('refuses adding a question whose id is taken (CONFLICT)', () => {
    expect(codeOf(hearing().state, asClient(body.addQuestion(PREFERRED_OPTION)), FACILITATOR)).toBe('CONFLICT');
  });

  it('refuses adding the same new question twice (CONFLICT)', () => {
    const log = hearing();
    log.commit(FACILITATOR, body.addQuestion(LIGHTING_QUESTION));
    expect(codeOf(log.state, asClient(body.addQuestion(LIGHTING_QUESTION)), FACILITATOR)).toBe('CONFLICT');
  });

  it.each([
    ['closing', asClient(body.questionStatus('night-lighting', 'closed'))],
    ['revealing', asClient(body.reveal('night-lighting'))],
  ])('refuses %s an unknown question (NOT_FOUND)', (_what, op) => {
    expect(codeOf(hearing().state, op, FACILITATOR)).toBe('NOT_FOUND');
  });

  it('judges questions per session: another session on the site has its own', () => {
    const log = hearing();
    const other = testId(0x5e56);
    log.commit(SYSTEM, { type: 'session.create', payload: { sessionId: other, title: '第二次', stage: 'evaluation', questions: [] } }, other);
    const ballot = asClient(body.vote('preferred-option', ballots.single('existing')));
    expect(checkOp(log.state, ballot, contextOf(LI, other))?.code).toBe('NOT_FOUND');
    expect(checkOp(log.state, ballot, contextOf(LI, SESSION_ID))).toBeNull();
  });
});
