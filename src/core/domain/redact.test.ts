import { describe, expect, it } from 'vitest';
import type { CommittedOp } from '../protocol/ops.ts';
import { isRedacted } from '../protocol/wire.ts';
import { eraseContent, opTargetId, redactOp, snapshotFor } from './redact.ts';
import {
  FACILITATOR,
  LI,
  OBSERVER,
  SESSION_ID,
  SiteLog,
  WANG,
  ballots,
  body,
  testId,
  viewerOf,
} from './test-fixtures.ts';

const PIN = testId(0x100); // 王阿姨's pin, hidden by the facilitator
const OTHER_PIN = testId(0x102); // 李's pin, never hidden
const REPLY = testId(0x101); // 李's reply to OTHER_PIN

const everyone = { facilitator: FACILITATOR, author: WANG, other: LI, observer: OBSERVER };

/** A hearing in which 王阿姨's pin gets hidden. Returns the log and the ops by name. */
function hearing() {
  const log = SiteLog.withSession();
  const ops = {
    create: log.commit(WANG, body.pin(PIN, '某某家乱停车，太讨厌了', 'concern')),
    otherPin: log.commit(LI, body.pin(OTHER_PIN, '这里需要座椅', 'idea')),
    reply: log.commit(WANG, body.reply(REPLY, OTHER_PIN, '同意')),
    edit: log.commit(WANG, body.edit(PIN, { text: '某某家乱停车' })),
    react: log.commit(LI, body.react(PIN)),
    wangVote: log.commit(WANG, body.vote('preferred-option', ballots.single('garden-street'))),
    liVote: log.commit(LI, body.vote('budget-priorities', ballots.budget({ seating: 7, lighting: 3 }))),
    hide: log.commit(FACILITATOR, body.moderate(PIN, true)),
  };
  return { log, ops };
}

const placeholder = (op: CommittedOp) => ({ seq: op.seq, redacted: true });

describe('redactOp: ballots', () => {
  it('shows a ballot only to its voter — not even to a facilitator', () => {
    const { log, ops } = hearing();
    expect(redactOp(log.state, ops.wangVote, viewerOf(WANG))).toBe(ops.wangVote);
    for (const viewer of [LI, FACILITATOR, OBSERVER]) {
      expect(redactOp(log.state, ops.wangVote, viewerOf(viewer))).toEqual(placeholder(ops.wangVote));
    }
  });

  it('keeps the same seq in the placeholder, with no content at all', () => {
    const { log, ops } = hearing();
    const wire = redactOp(log.state, ops.liVote, viewerOf(WANG));
    expect(isRedacted(wire)).toBe(true);
    expect(Object.keys(wire).sort()).toEqual(['redacted', 'seq']);
    expect(wire.seq).toBe(ops.liVote.seq);
  });
});

describe('redactOp: hidden annotations', () => {
  it.each(['create', 'edit', 'react'] as const)('sends the %s of a hidden pin as a placeholder to others', (name) => {
    const { log, ops } = hearing();
    for (const viewer of [LI, OBSERVER]) {
      expect(redactOp(log.state, ops[name], viewerOf(viewer))).toEqual(placeholder(ops[name]));
    }
  });

  it.each(['create', 'edit', 'react'] as const)('sends the %s of a hidden pin to its author and facilitators', (name) => {
    const { log, ops } = hearing();
    for (const viewer of [WANG, FACILITATOR]) expect(redactOp(log.state, ops[name], viewerOf(viewer))).toBe(ops[name]);
  });

  it('sends the hide itself to everyone, so their clients can drop the pin', () => {
    const { log, ops } = hearing();
    for (const viewer of Object.values(everyone)) {
      expect(redactOp(log.state, ops.hide, viewerOf(viewer))).toBe(ops.hide);
    }
  });

  it('sends ops on visible annotations to everyone unchanged', () => {
    const { log, ops } = hearing();
    for (const viewer of Object.values(everyone)) {
      expect(redactOp(log.state, ops.otherPin, viewerOf(viewer))).toBe(ops.otherPin);
      expect(redactOp(log.state, ops.reply, viewerOf(viewer))).toBe(ops.reply);
    }
  });

  it('judges against the state it is given: the same op is visible before the hide', () => {
    const log = SiteLog.withSession();
    const create = log.commit(WANG, body.pin(PIN));
    expect(redactOp(log.state, create, viewerOf(LI))).toBe(create);
    log.commit(FACILITATOR, body.moderate(PIN, true));
    expect(redactOp(log.state, create, viewerOf(LI))).toEqual(placeholder(create));
  });

  it('sends an unhide to everyone with the annotation to restore, as it is now', () => {
    const { log } = hearing();
    const unhide = log.commit(FACILITATOR, body.moderate(PIN, false));
    const pin = log.state.annotations[PIN]!;
    expect(pin).toMatchObject({ hidden: false, text: '某某家乱停车', reactions: [LI.id], seq: unhide.seq });
    const thread = Object.values(log.state.annotations).filter((a) => a.id === PIN || a.parentId === PIN);
    for (const viewer of Object.values(everyone)) {
      expect(redactOp(log.state, unhide, viewerOf(viewer))).toEqual({ ...unhide, restore: thread });
    }
  });

  it('adds no restore to an unhide replayed after the pin was hidden again', () => {
    const { log } = hearing();
    const unhide = log.commit(FACILITATOR, body.moderate(PIN, false));
    log.commit(FACILITATOR, body.moderate(PIN, true));
    expect(redactOp(log.state, unhide, viewerOf(LI))).toBe(unhide);
  });

  it('lets ops on other things through (sessions, questions)', () => {
    const { log } = hearing();
    const stage = log.commit(FACILITATOR, body.stage('coordination'));
    expect(opTargetId(stage)).toBeNull();
    expect(redactOp(log.state, stage, viewerOf(OBSERVER))).toBe(stage);
  });
});

describe('snapshotFor', () => {
  it('omits hidden annotations for others and keeps only their own ballots', () => {
    const { log } = hearing();
    const snapshot = snapshotFor(log.state, viewerOf(LI));
    expect(Object.keys(snapshot.annotations).sort()).toEqual([OTHER_PIN, REPLY].sort());
    expect(snapshot.ballots).toEqual({
      [SESSION_ID]: { 'budget-priorities': { [LI.id]: ballots.budget({ seating: 7, lighting: 3 }) } },
    });
  });

  it('shows a hidden pin to its author, with only the author’s ballots', () => {
    const { log } = hearing();
    const snapshot = snapshotFor(log.state, viewerOf(WANG));
    expect(snapshot.annotations[PIN]).toEqual(log.state.annotations[PIN]);
    expect(snapshot.ballots).toEqual({ [SESSION_ID]: { 'preferred-option': { [WANG.id]: ballots.single('garden-street') } } });
  });

  it('shows every annotation to a facilitator but no ballots (the facilitator did not vote)', () => {
    const { log } = hearing();
    const snapshot = snapshotFor(log.state, viewerOf(FACILITATOR));
    expect(snapshot.annotations).toEqual(log.state.annotations);
    expect(snapshot.ballots).toEqual({});
  });

  it('gives an observer the sessions and seq, no hidden pins and no ballots', () => {
    const { log } = hearing();
    const snapshot = snapshotFor(log.state, viewerOf(OBSERVER));
    expect(snapshot).toMatchObject({ siteId: log.state.siteId, seq: log.state.seq, sessions: log.state.sessions, ballots: {} });
    expect(snapshot.annotations[PIN]).toBeUndefined();
  });

  it('leaves the state it was given untouched', () => {
    const { log } = hearing();
    const annotations = log.state.annotations;
    const ballotsBefore = log.state.ballots;
    snapshotFor(log.state, viewerOf(LI));
    expect(log.state.annotations).toBe(annotations);
    expect(Object.keys(log.state.annotations)).toContain(PIN);
    expect(log.state.ballots).toBe(ballotsBefore);
    expect(Object.keys(log.state.ballots[SESSION_ID]!)).toEqual(['preferred-option', 'budget-priorities']);
  });
});

describe('eraseContent', () => {
  it.each(['create', 'reply', 'edit'] as const)('blanks the text of a %s and keeps everything else', (name) => {
    const { ops } = hearing();
    const op = ops[name];
    const erased = eraseContent(op);
    expect(erased).toEqual({ ...op, payload: { ...op.payload, text: '' } });
    expect((op.payload as { text: string }).text).not.toBe('');
  });

  it('leaves a category-only edit alone', () => {
    const log = SiteLog.withSession();
    log.commit(WANG, body.pin(PIN));
    const edit = log.commit(WANG, body.edit(PIN, { category: 'like' }));
    expect(eraseContent(edit)).toBe(edit);
  });

  it.each(['react', 'hide', 'wangVote'] as const)('leaves a %s op alone', (name) => {
    const { ops } = hearing();
    expect(eraseContent(ops[name])).toBe(ops[name]);
  });
});
