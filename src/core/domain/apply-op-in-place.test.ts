import { describe, expect, it } from 'vitest';
import { applyOpInPlace, applyOps } from './apply-op.ts';
import { emptySiteState } from './state.ts';
import { body, FACILITATOR, LI, SiteLog, SITE_ID, testId, WANG, ballots } from './test-fixtures.ts';

/** A hearing's worth of ops touching every part of the state. */
function busyHearing() {
  const log = SiteLog.withSession();
  const pin = testId(0xb1);
  log.commit(WANG, body.pin(pin, '这里缺少树荫'));
  log.commit(LI, body.reply(testId(0xb2), pin, '同意'));
  log.commit(LI, body.react(pin, true));
  log.commit(WANG, body.edit(pin, { text: '这里夏天缺少树荫' }));
  log.commit(LI, body.vote('preferred-option', ballots.single('garden-street')));
  log.commit(FACILITATOR, body.moderate(pin, true));
  log.commit(FACILITATOR, body.stage('coordination'));
  log.commit(WANG, body.remove(testId(0xb1)));
  return log;
}

describe('applyOpInPlace', () => {
  it('ends in the same state as the pure fold', () => {
    const log = busyHearing();
    const inPlace = emptySiteState(SITE_ID);
    for (const op of log.ops) applyOpInPlace(inPlace, op);
    expect(inPlace).toEqual(applyOps(emptySiteState(SITE_ID), log.ops));
    expect(inPlace).toEqual(log.state);
  });

  it('replaces the objects it changes, so what was handed out earlier stays as it was', () => {
    const log = busyHearing();
    const state = emptySiteState(SITE_ID);
    for (const op of log.ops.slice(0, 2)) applyOpInPlace(state, op);
    const handedOut = state.annotations[testId(0xb1)]!;
    const copy = structuredClone(handedOut);
    for (const op of log.ops.slice(2)) applyOpInPlace(state, op);
    expect(handedOut).toEqual(copy);
    expect(state.annotations[testId(0xb1)]).not.toBe(handedOut);
  });
});

describe('applyOps', () => {
  it('copies a top-level map once per batch and shares what the batch did not touch', () => {
    const log = busyHearing();
    const before = log.state;
    const pins = [0xc1, 0xc2, 0xc3].map((n) => log.commit(WANG, body.pin(testId(n), `第${n}条`)));
    const after = applyOps(before, pins);
    expect(Object.keys(after.annotations).length).toBe(Object.keys(before.annotations).length + 3);
    expect(after.sessions).toBe(before.sessions);
    expect(after.ballots).toBe(before.ballots);
    expect(before.annotations[testId(0xc1)]).toBeUndefined();
  });
});
