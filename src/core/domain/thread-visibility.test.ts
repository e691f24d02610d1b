import { describe, expect, it } from 'vitest';
import { applyOp } from './apply-op.ts';
import { checkOp } from './check-op.ts';
import { redactOp, snapshotFor } from './redact.ts';
import { emptySiteState } from './state.ts';
import type { ClientOpBody } from '../protocol/ops.ts';
import { body, contextOf, FACILITATOR, LI, SiteLog, SITE_ID, testId, viewerOf, WANG } from './test-fixtures.ts';

const PIN = testId(0xa1);
const REPLY = testId(0xa2);

/** 王阿姨 pins something offensive, 李 replies quoting it, the facilitator hides the pin. */
function hiddenThread() {
  const log = SiteLog.withSession();
  const pin = log.commit(WANG, body.pin(PIN, '辱骂内容'));
  const reply = log.commit(LI, body.reply(REPLY, PIN, '引用：辱骂内容'));
  const hide = log.commit(FACILITATOR, body.moderate(PIN, true));
  return { log, pin, reply, hide };
}

describe('hiding a pin hides its thread', () => {
  it('redacts replies under a hidden pin for other participants, even from the reply’s author', () => {
    const { log, reply } = hiddenThread();
    expect(redactOp(log.state, reply, viewerOf(LI))).toEqual({ seq: reply.seq, redacted: true });
    expect(redactOp(log.state, reply, viewerOf(FACILITATOR))).toBe(reply);
    expect(snapshotFor(log.state, viewerOf(LI)).annotations[REPLY]).toBeUndefined();
    expect(snapshotFor(log.state, viewerOf(WANG)).annotations[REPLY]).toMatchObject({ text: '引用：辱骂内容' });
  });

  it('refuses replies to a hidden pin from those who cannot see it', () => {
    const { log } = hiddenThread();
    const refusal = checkOp(log.state, body.reply(testId(0xa3), PIN, '？') as ClientOpBody, contextOf(LI));
    expect(refusal?.code).toBe('NOT_FOUND');
  });

  it('restores the whole thread on unhide to a receiver that saw only placeholders', () => {
    const { log } = hiddenThread();
    const unhide = log.commit(FACILITATOR, body.moderate(PIN, false));
    const wire = redactOp(log.state, unhide, viewerOf(LI));
    expect('restore' in wire && wire.restore?.map((a) => a.id).sort()).toEqual([PIN, REPLY].sort());

    let liState = applyOp(emptySiteState(SITE_ID), log.ops[0]!);
    for (const op of log.ops.slice(1, -1)) liState = applyOp(liState, redactOp(log.state, op, viewerOf(LI)));
    liState = applyOp(liState, wire);
    expect(liState.annotations[PIN]).toMatchObject({ hidden: false, text: '辱骂内容' });
    expect(liState.annotations[REPLY]).toMatchObject({ parentId: PIN, text: '引用：辱骂内容' });
  });
});

describe('+1 is idempotent', () => {
  it('keeps the order of reactions and the annotation untouched when repeated', () => {
    const log = SiteLog.withSession();
    log.commit(WANG, body.pin(PIN, '种树'));
    log.commit(LI, body.react(PIN, true));
    log.commit(FACILITATOR, body.react(PIN, true));
    const before = log.state.annotations[PIN]!;
    log.commit(LI, body.react(PIN, true));
    expect(log.state.annotations[PIN]).toBe(before);
    expect(before.reactions).toEqual([LI.id, FACILITATOR.id]);
  });
});

describe('deleted annotations', () => {
  it('never carry their text out, even when the create is broadcast after the delete', () => {
    const log = SiteLog.withSession();
    const create = log.commit(WANG, body.pin(PIN, '发错了，马上删'));
    log.commit(WANG, body.remove(PIN));
    const wire = redactOp(log.state, create, viewerOf(LI));
    expect(wire).toMatchObject({ seq: create.seq, type: 'annotation.create', payload: { id: PIN, text: '' } });
  });
});
