import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';
import { isRedacted } from '../../src/core/protocol/wire.ts';

describe('a live session between two participants', () => {
  let server: TestServer;
  let session: Awaited<ReturnType<TestServer['createSession']>>;
  let alice: TestClient;
  let bob: TestClient;
  let facilitator: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    session = await server.createSession('灵岩南路 听证会');
    facilitator = await TestClient.joined(server.url, { code: session.code, facilitatorKey: session.facilitatorKey, mode: 'hearing' });
    alice = await TestClient.joined(server.url, { code: session.code, name: '王阿姨', mode: 'ar' });
    bob = await TestClient.joined(server.url, { code: session.code, mode: 'twin' });
  });
  afterAll(async () => {
    for (const c of [alice, bob, facilitator]) c?.close();
    await server?.stop();
  });

  it('joins with the site, the session and its default questions', () => {
    expect(alice.joined!.site.id).toBe('lingyan-south-road');
    expect(alice.joined!.session.title).toBe('灵岩南路 听证会');
    expect(alice.joined!.you.role).toBe('participant');
    expect(facilitator.joined!.you.role).toBe('facilitator');
    const sync = alice.joined!.sync;
    expect(sync.kind).toBe('snapshot');
    if (sync.kind !== 'snapshot') return;
    const questions = sync.snapshot.sessions[session.sessionId]!.questions.map((q) => q.spec.id);
    expect(questions).toEqual(['preferred-option', 'option-rating', 'budget-priorities']);
  });

  it('shows who is here, with names and modes', async () => {
    const present = bob.joined!.presence;
    expect(present.map((p) => [p.name, p.role, p.mode])).toEqual(
      expect.arrayContaining([
        [null, 'facilitator', 'hearing'],
        ['王阿姨', 'participant', 'ar'],
        [null, 'participant', 'twin'],
      ]),
    );
    const joinedLater = await TestClient.joined(server.url, { code: session.code, name: '小李', role: 'observer' });
    const entry = await bob.until(
      () => bob.received.find((r) => r.event === 'presence:joined' && (r.args[0] as { name: string }).name === '小李'),
      'presence:joined',
    );
    expect((entry.args[0] as { role: string }).role).toBe('observer');
    joinedLater.close();
    await bob.until(() => bob.received.some((r) => r.event === 'presence:left'), 'presence:left');
  });

  it("delivers each participant's annotation to the other", async () => {
    const pin = pinAt('这里需要几张长椅，老人可以坐下休息');
    const seq = await alice.commit(pin);
    const seen = await bob.until(() => bob.ops.find((o) => o.seq === seq), 'alice’s pin');
    expect(isRedacted(seen)).toBe(false);
    if (isRedacted(seen) || seen.type !== 'annotation.create') throw new Error('unexpected op');
    expect(seen.payload.text).toBe('这里需要几张长椅，老人可以坐下休息');
    expect(seen.actor).toEqual({ id: alice.participantId, name: '王阿姨', role: 'participant' });
    expect(seen.stage).toBe('hearing');
    expect(seen.sessionId).toBe(session.sessionId);

    const reply = await bob.commit({ type: 'annotation.reply', payload: { id: crypto.randomUUID(), parentId: pin.payload.id, text: '同意！' } });
    await alice.until(() => alice.ops.find((o) => o.seq === reply), 'bob’s reply');
  });

  it('shares tallies once revealed, and a changed ballot moves the count', async () => {
    const question = 'preferred-option';
    await alice.commit({ type: 'ballot.cast', payload: { questionId: question, ballot: { kind: 'single', choiceId: 'garden-street' } } });
    await bob.commit({ type: 'ballot.cast', payload: { questionId: question, ballot: { kind: 'single', choiceId: 'garden-street' } } });
    const hidden = await facilitator.until(() => {
      const t = facilitator.latestTally(question);
      return t?.kind === 'single' && t.ballots === 2 ? t : undefined;
    }, 'facilitator tally');
    expect(hidden.kind === 'single' && hidden.counts['garden-street']).toBe(2);
    // a ballot on an unrevealed question tells participants nothing, not even that someone voted
    expect(alice.tallies).toEqual([]);

    await facilitator.commit({ type: 'question.reveal', payload: { questionId: question, revealed: true } });
    for (const c of [alice, bob]) {
      await c.until(() => {
        const t = c.latestTally(question);
        return t?.kind === 'single' && t.counts['garden-street'] === 2;
      }, 'revealed tally');
    }

    await bob.commit({ type: 'ballot.cast', payload: { questionId: question, ballot: { kind: 'single', choiceId: 'shared-street' } } });
    for (const c of [alice, bob]) {
      const t = await c.until(() => {
        const t = c.latestTally(question);
        return t?.kind === 'single' && t.counts['shared-street'] === 1 ? t : undefined;
      }, 'changed tally');
      expect(t.ballots).toBe(2);
      expect(t.kind === 'single' && t.counts['garden-street']).toBe(1);
    }
  });
});
