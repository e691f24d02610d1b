import { describe, expect, it } from 'vitest';
import type { OpBody } from '../protocol/ops.ts';
import { applyOp } from './apply-op.ts';
import { emptySiteState, type SiteState } from './state.ts';
import {
  BENCH_SPOT,
  FACILITATOR,
  HEARING_START,
  LI,
  LIGHTING_QUESTION,
  PILOT_QUESTIONS,
  SESSION_ID,
  SITE_ID,
  SYSTEM,
  SiteLog,
  WANG,
  ballots,
  body,
  clone,
  deepFreeze,
  testId,
} from './test-fixtures.ts';

const PIN = testId(0x100);
const REPLY = testId(0x101);
const atSeq = (seq: number) => HEARING_START + seq * 1000;

/** The hearing: session created (seq 1), 王阿姨's pin (seq 2), 李's reply (seq 3). */
function hearing(): SiteLog {
  const log = SiteLog.withSession();
  log.commit(WANG, body.pin(PIN, '这里夏天太晒', 'concern', 'garden-street'));
  log.commit(LI, body.reply(REPLY, PIN, '同意'));
  return log;
}

const session = (state: SiteState) => state.sessions[SESSION_ID]!;
const question = (state: SiteState, id: string) => session(state).questions.find((q) => q.spec.id === id)!;

describe('applyOp: sessions and questions', () => {
  it('creates a session with the site questions, open and unrevealed', () => {
    const { state } = SiteLog.withSession();
    expect(state).toEqual({
      siteId: SITE_ID,
      seq: 1,
      annotations: {},
      ballots: {},
      sessions: {
        [SESSION_ID]: {
          id: SESSION_ID,
          title: '灵岩南路 · 第一次听证会',
          stage: 'hearing',
          status: 'open',
          questions: PILOT_QUESTIONS.map((spec) => ({ spec, status: 'open', revealed: false })),
        },
      },
    });
  });

  it('moves the stage and closes and reopens the session', () => {
    const log = SiteLog.withSession();
    log.commit(FACILITATOR, body.stage('evaluation'));
    expect(session(log.state).stage).toBe('evaluation');
    log.commit(FACILITATOR, body.status('closed'));
    expect(session(log.state).status).toBe('closed');
    log.commit(FACILITATOR, body.status('open'));
    expect(session(log.state)).toMatchObject({ status: 'open', stage: 'evaluation' });
    expect(log.state.seq).toBe(4);
  });

  it('appends an added question, open and unrevealed', () => {
    const log = SiteLog.withSession();
    log.commit(FACILITATOR, body.addQuestion(LIGHTING_QUESTION));
    expect(session(log.state).questions.map((q) => q.spec.id)).toEqual([
      'preferred-option',
      'option-rating',
      'budget-priorities',
      'night-lighting',
    ]);
    expect(question(log.state, 'night-lighting')).toEqual({ spec: LIGHTING_QUESTION, status: 'open', revealed: false });
  });

  it('closes and reveals one question without touching the others', () => {
    const log = SiteLog.withSession();
    log.commit(FACILITATOR, body.questionStatus('option-rating', 'closed'));
    log.commit(FACILITATOR, body.reveal('option-rating'));
    expect(question(log.state, 'option-rating')).toMatchObject({ status: 'closed', revealed: true });
    expect(question(log.state, 'preferred-option')).toMatchObject({ status: 'open', revealed: false });
    log.commit(FACILITATOR, body.reveal('option-rating', false));
    expect(question(log.state, 'option-rating')).toMatchObject({ status: 'closed', revealed: false });
  });

  it('changes only seq for an op on a session this state does not hold', () => {
    const log = SiteLog.withSession();
    const before = log.state;
    log.commit(FACILITATOR, body.stage('coordination'), testId(0xdead));
    expect(log.state).toEqual({ ...before, seq: 2 });
  });
});

describe('applyOp: annotations', () => {
  it('creates a pin stamped with its author, session, stage, time and seq', () => {
    const { state } = hearing();
    expect(state.annotations[PIN]).toEqual({
      id: PIN,
      parentId: null,
      sessionId: SESSION_ID,
      stage: 'hearing',
      authorId: WANG.id,
      authorName: '王阿姨',
      position: BENCH_SPOT,
      category: 'concern',
      optionId: 'garden-street',
      text: '这里夏天太晒',
      createdAt: atSeq(2),
      editedAt: null,
      deleted: false,
      hidden: false,
      reactions: [],
      seq: 2,
    });
  });

  it('creates a reply with its parent and no position, category or option', () => {
    const { state } = hearing();
    expect(state.annotations[REPLY]).toMatchObject({
      id: REPLY,
      parentId: PIN,
      authorId: LI.id,
      authorName: null,
      position: null,
      category: null,
      optionId: null,
      text: '同意',
      seq: 3,
    });
  });

  it('keeps a pin made outside a session as site-wide (no session, no stage)', () => {
    const log = new SiteLog();
    log.commit(WANG, body.pin(PIN), null);
    expect(log.state.annotations[PIN]).toMatchObject({ sessionId: null, stage: null });
  });

  it('edits text and category, marking editedAt and the seq', () => {
    const log = hearing();
    log.commit(WANG, body.edit(PIN, { text: '这里夏天太晒，需要遮阴' }));
    expect(log.state.annotations[PIN]).toMatchObject({ text: '这里夏天太晒，需要遮阴', category: 'concern', editedAt: atSeq(4), seq: 4 });
    log.commit(WANG, body.edit(PIN, { category: 'idea' }));
    expect(log.state.annotations[PIN]).toMatchObject({ text: '这里夏天太晒，需要遮阴', category: 'idea', editedAt: atSeq(5), seq: 5 });
    expect(log.state.annotations[PIN]!.createdAt).toBe(atSeq(2));
  });

  it('deletes as a tombstone: text erased, id and thread kept, replies untouched', () => {
    const log = hearing();
    log.commit(LI, body.react(PIN));
    const replyBefore = log.state.annotations[REPLY];
    log.commit(WANG, body.remove(PIN));
    const pin = log.state.annotations[PIN]!;
    expect(pin).toMatchObject({ id: PIN, parentId: null, text: '', deleted: true, seq: 5, position: BENCH_SPOT });
    expect(log.state.annotations[REPLY]).toBe(replyBefore);
    expect(log.state.annotations[REPLY]!.parentId).toBe(PIN);
  });

  it('deletes a reply keeping its parent id', () => {
    const log = hearing();
    log.commit(LI, body.remove(REPLY));
    expect(log.state.annotations[REPLY]).toMatchObject({ id: REPLY, parentId: PIN, text: '', deleted: true });
    expect(log.state.annotations[PIN]!.deleted).toBe(false);
  });

  it('counts a reaction once however often it is sent, and removes it when turned off', () => {
    const log = hearing();
    log.commit(LI, body.react(PIN));
    log.commit(LI, body.react(PIN));
    expect(log.state.annotations[PIN]!.reactions).toEqual([LI.id]);
    log.commit(FACILITATOR, body.react(PIN));
    expect(log.state.annotations[PIN]!.reactions).toEqual([LI.id, FACILITATOR.id]);
    log.commit(LI, body.react(PIN, false));
    expect(log.state.annotations[PIN]!.reactions).toEqual([FACILITATOR.id]);
    log.commit(LI, body.react(PIN, false));
    expect(log.state.annotations[PIN]!.reactions).toEqual([FACILITATOR.id]);
  });

  it('hides and unhides, keeping the content', () => {
    const log = hearing();
    log.commit(FACILITATOR, body.moderate(PIN, true));
    expect(log.state.annotations[PIN]).toMatchObject({ hidden: true, text: '这里夏天太晒', seq: 4 });
    log.commit(FACILITATOR, body.moderate(PIN, false));
    expect(log.state.annotations[PIN]).toMatchObject({ hidden: false, text: '这里夏天太晒', seq: 5 });
  });

  it('brings back an annotation this receiver never saw from an unhide that carries `restore`', () => {
    // The server's view: 王阿姨's pin was hidden, then unhidden.
    const server = hearing();
    server.commit(FACILITATOR, body.moderate(PIN, true));
    const unhide = server.commit(FACILITATOR, body.moderate(PIN, false));
    const restore = server.state.annotations[PIN]!;

    // 李's view: the pin only ever came as placeholders.
    let mine = applyOp(emptySiteState(SITE_ID), server.ops[0]!);
    for (const seq of [2, 3, 4]) mine = applyOp(mine, { seq, redacted: true });
    expect(mine.annotations[PIN]).toBeUndefined();

    mine = applyOp(mine, { ...unhide, restore: [restore] });
    expect(mine.annotations[PIN]).toEqual(restore);
    expect(mine.annotations[PIN]).toMatchObject({ hidden: false, text: '这里夏天太晒', seq: 5 });
    expect(mine.seq).toBe(5);
  });

  it.each([
    ['edit', body.edit(testId(0xbad), { text: 'x' })],
    ['delete', body.remove(testId(0xbad))],
    ['react', body.react(testId(0xbad))],
    ['moderate', body.moderate(testId(0xbad), true)],
  ])('ignores a %s of an annotation it does not hold (only seq moves)', (_what, opBody) => {
    const log = hearing();
    const before = log.state;
    log.commit(LI, opBody);
    expect(log.state).toEqual({ ...before, seq: 4 });
  });
});

describe('applyOp: ballots', () => {
  it('keeps one ballot per participant and question, replaced when it changes', () => {
    const log = SiteLog.withSession();
    log.commit(WANG, body.vote('preferred-option', ballots.single('garden-street')));
    log.commit(LI, body.vote('preferred-option', ballots.single('existing')));
    log.commit(WANG, body.vote('budget-priorities', ballots.budget({ seating: 10 })));
    log.commit(WANG, body.vote('preferred-option', ballots.single('shared-street')));
    expect(log.state.ballots).toEqual({
      [SESSION_ID]: {
        'preferred-option': { [WANG.id]: ballots.single('shared-street'), [LI.id]: ballots.single('existing') },
        'budget-priorities': { [WANG.id]: ballots.budget({ seating: 10 }) },
      },
    });
  });

  it('ignores a ballot without a session', () => {
    const log = SiteLog.withSession();
    log.commit(WANG, body.vote('preferred-option', ballots.single('existing')), null);
    expect(log.state.ballots).toEqual({});
    expect(log.state.seq).toBe(2);
  });
});

describe('applyOp: purity and seq', () => {
  /** A long hearing touching every branch of applyOp. */
  function busyLog(): SiteLog {
    const log = hearing();
    log.commit(LI, body.react(PIN));
    log.commit(WANG, body.edit(PIN, { text: '改过的' }));
    log.commit(FACILITATOR, body.moderate(REPLY, true));
    log.commit(WANG, body.vote('option-rating', ballots.rating({ 'garden-street': 5 })));
    log.commit(FACILITATOR, body.addQuestion(LIGHTING_QUESTION));
    log.commit(FACILITATOR, body.questionStatus('option-rating', 'closed'));
    log.commit(FACILITATOR, body.reveal('option-rating'));
    log.commit(FACILITATOR, body.stage('coordination'));
    return log;
  }

  const NEXT_BODIES: [string, OpBody][] = [
    ['a new pin', body.pin(testId(0x200))],
    ['a reply', body.reply(testId(0x201), PIN)],
    ['a category edit', body.edit(PIN, { category: 'like' })],
    ['a delete', body.remove(PIN)],
    ['a reaction', body.react(PIN, true)],
    ['an unhide', body.moderate(REPLY, false)],
    ['a changed ballot', body.vote('option-rating', ballots.rating({ 'garden-street': 1 }))],
    ['a first ballot', body.vote('preferred-option', ballots.single('existing'))],
    ['a stage change', body.stage('evaluation')],
    ['closing the session', body.status('closed')],
    ['a new question', body.addQuestion({ ...LIGHTING_QUESTION, id: 'seating-height' })],
    ['closing a question', body.questionStatus('preferred-option', 'closed')],
    ['a reveal', body.reveal('preferred-option')],
    ['another session', { type: 'session.create', payload: { sessionId: testId(0x5e56), title: '第二次', stage: 'hearing', questions: [] } }],
  ];

  it.each(NEXT_BODIES)('does not mutate a frozen input state: %s', (_what, opBody) => {
    const log = busyLog();
    const op = log.next(opBody.type === 'session.create' ? SYSTEM : WANG, opBody);
    const snapshot = clone(log.state);
    const frozen = deepFreeze(log.state);
    const next = applyOp(frozen, deepFreeze(clone(op)));
    expect(frozen).toEqual(snapshot);
    expect({ ...next, seq: frozen.seq }, 'the op had an effect').not.toEqual(frozen);
    expect(next.seq).toBe(op.seq);
  });

  it('shares the parts an op did not touch (so stores can compare by reference)', () => {
    const log = busyLog();
    const before = log.state;
    log.commit(LI, body.react(PIN, false));
    expect(log.state.sessions).toBe(before.sessions);
    expect(log.state.ballots).toBe(before.ballots);
    expect(log.state.annotations[REPLY]).toBe(before.annotations[REPLY]);
    expect(log.state.annotations[PIN]).not.toBe(before.annotations[PIN]);
  });

  it('advances only seq for a redacted op, and never moves seq back', () => {
    const state = deepFreeze(hearing().state);
    const next = applyOp(state, { seq: 9, redacted: true });
    expect(next).toEqual({ ...state, seq: 9 });
    expect(next.annotations).toBe(state.annotations);
    expect(applyOp(next, { seq: 4, redacted: true }).seq).toBe(9);
  });

  it('folds the same log into the same state (replay is deterministic)', () => {
    const log = busyLog();
    const replayed = log.ops.reduce(applyOp, emptySiteState(SITE_ID));
    expect(replayed).toEqual(log.state);
  });
});
