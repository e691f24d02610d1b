import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { pinAt, TestClient } from '../helpers/test-client.ts';

/** Everything a client ever received, as one string: a leak anywhere shows up here. */
const everythingReceived = (c: TestClient) => JSON.stringify([c.joined, c.received]);

describe('what a participant may not see never reaches it', () => {
  let server: TestServer;
  let session: Awaited<ReturnType<TestServer['createSession']>>;
  let facilitator: TestClient;
  let author: TestClient;
  let voter: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    session = await server.createSession();
    facilitator = await TestClient.joined(server.url, { code: session.code, facilitatorKey: session.facilitatorKey });
    author = await TestClient.joined(server.url, { code: session.code });
    voter = await TestClient.joined(server.url, { code: session.code });
    other = await TestClient.joined(server.url, { code: session.code });
  });
  afterAll(async () => {
    for (const c of [facilitator, author, voter, other]) c?.close();
    await server?.stop();
  });

  it("never sends another participant's ballot, only a placeholder with its seq", async () => {
    const seq = await voter.commit({
      type: 'ballot.cast',
      payload: { questionId: 'budget-priorities', ballot: { kind: 'budget', allocation: { 'trees-shade': 7, seating: 3 } } },
    });
    const seen = await other.until(() => other.ops.find((o) => o.seq === seq), 'placeholder');
    expect(seen).toEqual({ seq, redacted: true });
    const own = await voter.until(() => voter.ops.find((o) => o.seq === seq), 'own ballot');
    expect(own).toMatchObject({ type: 'ballot.cast', actor: { id: voter.participantId } });
    const facilitatorView = await facilitator.until(() => facilitator.ops.find((o) => o.seq === seq), 'facilitator view');
    expect(facilitatorView).toEqual({ seq, redacted: true });
    expect(everythingReceived(other)).not.toContain('trees-shade":7');

    // a late joiner's snapshot holds no one else's ballot either
    const late = await TestClient.joined(server.url, { code: session.code });
    const snap = late.joined!.sync;
    expect(snap.kind === 'snapshot' && snap.snapshot.ballots).toEqual({});
    late.close();
  });

  it("hides a hidden pin's text from everyone but its author and facilitators, live and on catch-up", async () => {
    const secret = '这条评论会被隐藏-7f3a';
    const pin = pinAt(secret);
    const id = pin.payload.id;
    const created = await author.commit(pin);
    await other.untilSeq(created);
    const hideSeq = await facilitator.commit({ type: 'annotation.moderate', payload: { id, hidden: true } });
    await other.untilSeq(hideSeq);

    // the author edits while hidden: others get a placeholder
    const editSeq = await author.commit({ type: 'annotation.edit', payload: { id, text: `${secret}（修改）` } });
    expect(await other.until(() => other.ops.find((o) => o.seq === editSeq), 'edit placeholder')).toEqual({ seq: editSeq, redacted: true });
    expect(await facilitator.until(() => facilitator.ops.find((o) => o.seq === editSeq), 'edit')).toMatchObject({ type: 'annotation.edit' });
    expect(everythingReceived(other)).not.toContain(`${secret}（修改）`);

    // others cannot reach it: it does not exist for them
    const reply = await other.send({ type: 'annotation.reply', payload: { id: crypto.randomUUID(), parentId: id, text: '看不到' } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    // a newcomer catching up from zero, and a snapshot, carry no trace of the text
    const replayer = await TestClient.joined(server.url, { code: session.code, lastSeq: 0 });
    const snapshotter = await TestClient.joined(server.url, { code: session.code });
    for (const c of [replayer, snapshotter]) expect(everythingReceived(c)).not.toContain(secret);
    const replayed = replayer.joined!.sync;
    expect(replayed.kind === 'ops' && replayed.ops.find((o) => o.seq === created)).toEqual({ seq: created, redacted: true });
    const authorBack = await TestClient.joined(server.url, { code: session.code, identityToken: author.joined!.you.identityToken });
    expect(everythingReceived(authorBack)).toContain(`${secret}（修改）`);

    // unhiding brings it back to everyone, content included
    const unhide = await facilitator.commit({ type: 'annotation.moderate', payload: { id, hidden: false } });
    const restored = await replayer.until(() => replayer.ops.find((o) => o.seq === unhide), 'unhide');
    expect(restored).toMatchObject({ restore: [{ id, text: `${secret}（修改）`, hidden: false }] });
    for (const c of [replayer, snapshotter, authorBack]) c.close();
  });

  it('erases the text of a deleted annotation from the stored log', async () => {
    const pin = pinAt('我要删除这条-91bc');
    const id = pin.payload.id;
    await author.commit(pin);
    await author.commit({ type: 'annotation.edit', payload: { id, text: '我要删除这条-91bc（改）' } });
    const del = await author.commit({ type: 'annotation.delete', payload: { id } });
    await other.untilSeq(del);
    const log = await server.ctx.storage.readOps('lingyan-south-road', 0, 100_000);
    expect(JSON.stringify(log)).not.toContain('我要删除这条');
    const newcomer = await TestClient.joined(server.url, { code: session.code });
    const snap = newcomer.joined!.sync;
    newcomer.close();
    if (snap.kind !== 'snapshot') throw new Error('expected snapshot');
    expect(snap.snapshot.annotations[id]).toMatchObject({ deleted: true, text: '' });
  });
});

describe('hidden threads, live', () => {
  let server: TestServer;
  afterAll(async () => server?.stop());

  it("shows a facilitator's reply under a hidden pin to the pin's author live, as a replay would", async () => {
    server = await startTestServer();
    const session = await server.createSession();
    const facilitator = await TestClient.joined(server.url, { code: session.code, facilitatorKey: session.facilitatorKey });
    const author = await TestClient.joined(server.url, { code: session.code });
    const other = await TestClient.joined(server.url, { code: session.code });
    const pin = pinAt('需要隐藏的评论');
    await author.commit(pin);
    await facilitator.commit({ type: 'annotation.moderate', payload: { id: pin.payload.id, hidden: true } });
    const replyText = '主持人：这条先隐藏，请修改措辞';
    const seq = await facilitator.commit({ type: 'annotation.reply', payload: { id: crypto.randomUUID(), parentId: pin.payload.id, text: replyText } });
    expect(await author.until(() => author.ops.find((o) => o.seq === seq), 'reply')).toMatchObject({ payload: { text: replyText } });
    expect(await other.until(() => other.ops.find((o) => o.seq === seq), 'placeholder')).toEqual({ seq, redacted: true });

    // an unhide restores to each receiver the thread as that receiver may see it
    const unhide = await facilitator.commit({ type: 'annotation.moderate', payload: { id: pin.payload.id, hidden: false } });
    const restored = await other.until(() => other.ops.find((o) => o.seq === unhide), 'unhide');
    expect('restore' in restored && restored.restore?.map((a) => a.text).sort()).toEqual([replyText, '需要隐藏的评论'].sort());
    for (const c of [facilitator, author, other]) c.close();
  });
});
