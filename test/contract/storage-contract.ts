import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eraseContent, opTargetId } from '../../src/core/domain/redact.ts';
import type { Ballot, CommittedOp } from '../../src/core/protocol/ops.ts';
import { DuplicateOpIdError, type Storage } from '../../src/server/storage/storage.ts';
import {
  SITE_A,
  SITE_B,
  annotationCreate,
  annotationDelete,
  annotationEdit,
  annotationReply,
  ballotCast,
  ballotEffectOf,
  newId,
  participantContext,
  participantRecord,
  sessionRecord,
  sha256Hex,
  type OpContext,
} from './fixtures.ts';

const seqs = (ops: CommittedOp[]) => ops.map((op) => op.seq);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const textOf = (op: CommittedOp | null) => (op?.payload as { text?: string } | undefined)?.text;

/**
 * The behaviour every Storage must show. `make` returns a fresh, empty storage (initialised or
 * not: the suite calls init() itself, which also checks that init is idempotent).
 */
export function describeStorageContract(name: string, make: () => Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    let storage: Storage;

    beforeEach(async () => {
      storage = await make();
      await storage.init();
    });

    afterEach(async () => {
      await storage.close();
    });

    /** A session on the site with one participant in it, ready to write ops. */
    async function joinedParticipant(siteId = SITE_A): Promise<OpContext> {
      const session = sessionRecord(siteId);
      const participant = participantRecord(siteId);
      await storage.createSession(session);
      await storage.createParticipant(participant);
      return participantContext(session, participant);
    }

    async function anotherParticipantIn(ctx: OpContext): Promise<OpContext> {
      const participant = participantRecord(ctx.siteId, { name: '李师傅' });
      await storage.createParticipant(participant);
      return { ...ctx, actor: { id: participant.id, name: participant.name, role: 'participant' } };
    }

    it('names its kind, answers ping, and survives a second init()', async () => {
      expect(storage.kind).toMatch(/\S/);
      expect(await storage.ping()).toBe(true);
      const ctx = await joinedParticipant();
      await storage.commit(annotationCreate(ctx));
      await storage.init();
      expect(await storage.headSeq(SITE_A)).toBe(1);
    });

    describe('sessions', () => {
      it('finds a session by id and by join code', async () => {
        const session = sessionRecord(SITE_A);
        await storage.createSession(session);
        expect(await storage.findSessionById(session.id)).toEqual(session);
        expect(await storage.findSessionByCode(session.code)).toEqual(session);
        expect(await storage.findSessionById(newId())).toBeNull();
        expect(await storage.findSessionByCode('999999')).toBeNull();
      });

      it('finds the demo session of a site, and only that', async () => {
        const ordinary = sessionRecord(SITE_A);
        const demo = sessionRecord(SITE_A, { isDemo: true });
        await storage.createSession(ordinary);
        await storage.createSession(demo);
        expect(await storage.findDemoSession(SITE_A)).toEqual(demo);
        expect(await storage.findDemoSession(SITE_B)).toBeNull();
      });

      it('allows one demo session per site', async () => {
        await storage.createSession(sessionRecord(SITE_A, { isDemo: true }));
        await expect(storage.createSession(sessionRecord(SITE_A, { isDemo: true }))).rejects.toThrow();
        const otherSiteDemo = sessionRecord(SITE_B, { isDemo: true });
        await storage.createSession(otherSiteDemo);
        expect(await storage.findDemoSession(SITE_B)).toEqual(otherSiteDemo);
      });

      it('replaces the facilitator key hash and nothing else', async () => {
        const session = sessionRecord(SITE_A, { isDemo: true });
        await storage.createSession(session);
        const newHash = sha256Hex('a fresh key for this start');
        await storage.setFacilitatorKeyHash(session.id, newHash);
        expect(await storage.findSessionById(session.id)).toEqual({ ...session, facilitatorKeyHash: newHash });
      });

      it('refuses to set the key hash of a session that does not exist', async () => {
        await expect(storage.setFacilitatorKeyHash(newId(), sha256Hex('key'))).rejects.toThrow();
      });

      it('refuses a join code that is already taken, keeping the first session', async () => {
        const first = sessionRecord(SITE_A);
        const second = sessionRecord(SITE_B, { code: first.code });
        await storage.createSession(first);
        await expect(storage.createSession(second)).rejects.toThrow();
        expect(await storage.findSessionByCode(first.code)).toEqual(first);
        expect(await storage.findSessionById(second.id)).toBeNull();
      });

      it('refuses a session id that is already taken', async () => {
        const first = sessionRecord(SITE_A);
        await storage.createSession(first);
        await expect(storage.createSession(sessionRecord(SITE_A, { id: first.id }))).rejects.toThrow();
      });
    });

    describe('participants', () => {
      it('finds a participant by site and token hash', async () => {
        const participant = participantRecord(SITE_A);
        await storage.createParticipant(participant);
        expect(await storage.findParticipantByToken(SITE_A, participant.tokenHash)).toEqual(participant);
        expect(await storage.findParticipantByToken(SITE_A, sha256Hex('unknown token'))).toBeNull();
      });

      it('treats the same token on another site as a different person', async () => {
        const onA = participantRecord(SITE_A);
        await storage.createParticipant(onA);
        expect(await storage.findParticipantByToken(SITE_B, onA.tokenHash)).toBeNull();

        const onB = participantRecord(SITE_B, { tokenHash: onA.tokenHash, name: null });
        await storage.createParticipant(onB);
        expect(await storage.findParticipantByToken(SITE_B, onA.tokenHash)).toEqual(onB);
        expect(await storage.findParticipantByToken(SITE_A, onA.tokenHash)).toEqual(onA);
      });

      it('refuses a second participant with the same token on one site', async () => {
        const first = participantRecord(SITE_A);
        await storage.createParticipant(first);
        await expect(storage.createParticipant(participantRecord(SITE_A, { tokenHash: first.tokenHash }))).rejects.toThrow();
        expect(await storage.findParticipantByToken(SITE_A, first.tokenHash)).toEqual(first);
      });

      it('renames a participant, also back to anonymous', async () => {
        const participant = participantRecord(SITE_A, { name: null });
        await storage.createParticipant(participant);
        await storage.renameParticipant(participant.id, '张老师');
        expect(await storage.findParticipantByToken(SITE_A, participant.tokenHash)).toEqual({ ...participant, name: '张老师' });
        await storage.renameParticipant(participant.id, null);
        expect(await storage.findParticipantByToken(SITE_A, participant.tokenHash)).toEqual(participant);
      });

      it('refuses to rename a participant that does not exist', async () => {
        await expect(storage.renameParticipant(newId(), '张老师')).rejects.toThrow();
      });
    });

    describe('commit and the op log', () => {
      it('assigns 1, 2, 3 … per site, independently', async () => {
        const onA = await joinedParticipant(SITE_A);
        const onB = await joinedParticipant(SITE_B);
        const committed = [];
        for (const ctx of [onA, onB, onA, onA, onB]) committed.push(await storage.commit(annotationCreate(ctx)));
        expect(committed.map((op) => [op.siteId, op.seq])).toEqual([
          [SITE_A, 1],
          [SITE_B, 1],
          [SITE_A, 2],
          [SITE_A, 3],
          [SITE_B, 2],
        ]);
        expect(await storage.headSeq(SITE_A)).toBe(3);
        expect(await storage.headSeq(SITE_B)).toBe(2);
        expect(await storage.headSeq('no-such-site')).toBe(0);
      });

      it('returns the draft stamped with its seq', async () => {
        const ctx = await joinedParticipant();
        const draft = annotationCreate(ctx);
        expect(await storage.commit(draft)).toEqual({ ...draft, seq: 1 });
      });

      it('keeps seq gap-free under 200 concurrent commits', async () => {
        const ctx = await joinedParticipant();
        const drafts = oneTo(200).map((n) => annotationCreate(ctx, { text: `第${n}条意见` }));
        const committed = await Promise.all(drafts.map((draft) => storage.commit(draft)));

        expect(seqs(committed).sort((a, b) => a - b)).toEqual(oneTo(200));
        expect(await storage.headSeq(SITE_A)).toBe(200);
        const log = await storage.readOps(SITE_A, 0, 1000);
        expect(seqs(log)).toEqual(oneTo(200));
        // each op sits in the log under the seq its commit acknowledged
        const ackedSeq = new Map(committed.map((op) => [op.opId, op.seq]));
        for (const op of log) expect(ackedSeq.get(op.opId)).toBe(op.seq);
      });

      it('refuses a reused opId with DuplicateOpIdError and leaves the log as it was', async () => {
        const ctx = await joinedParticipant();
        const first = await storage.commit(annotationCreate(ctx));
        const before = await storage.readOps(SITE_A, 0, 100);

        const reuse = { ...annotationCreate(ctx, { text: '换一个说法' }), opId: first.opId };
        const refusal = storage.commit(reuse);
        await expect(refusal).rejects.toBeInstanceOf(DuplicateOpIdError);
        await expect(refusal).rejects.toMatchObject({ opId: first.opId });

        const onOtherSite = await joinedParticipant(SITE_B);
        await expect(storage.commit({ ...annotationCreate(onOtherSite), opId: first.opId })).rejects.toBeInstanceOf(
          DuplicateOpIdError,
        );

        expect(await storage.readOps(SITE_A, 0, 100)).toEqual(before);
        expect(await storage.headSeq(SITE_A)).toBe(1);
        expect(await storage.headSeq(SITE_B)).toBe(0);
        // the next op still gets the next seq: the refused one used none up
        expect((await storage.commit(annotationCreate(ctx))).seq).toBe(2);
      });

      it('refuses a time that is not whole milliseconds', async () => {
        const ctx = await joinedParticipant();
        await expect(storage.commit({ ...annotationCreate(ctx), at: 1747445400000.5 })).rejects.toThrow();
        expect(await storage.headSeq(SITE_A)).toBe(0);
      });

      it('reads in seq order, after a seq, at most limit ops, one site only', async () => {
        const onA = await joinedParticipant(SITE_A);
        const onB = await joinedParticipant(SITE_B);
        for (let i = 0; i < 5; i++) await storage.commit(annotationCreate(onA));
        for (let i = 0; i < 2; i++) await storage.commit(annotationCreate(onB));

        expect(seqs(await storage.readOps(SITE_A, 0, 100))).toEqual([1, 2, 3, 4, 5]);
        expect(seqs(await storage.readOps(SITE_A, 2, 2))).toEqual([3, 4]);
        expect(seqs(await storage.readOps(SITE_A, 4, 100))).toEqual([5]);
        expect(await storage.readOps(SITE_A, 5, 100)).toEqual([]);
        expect(await storage.readOps(SITE_A, 0, 0)).toEqual([]);
        const onlyB = await storage.readOps(SITE_B, 0, 100);
        expect(onlyB.map((op) => [op.siteId, op.seq])).toEqual([
          [SITE_B, 1],
          [SITE_B, 2],
        ]);
        expect(await storage.readOps('no-such-site', 0, 100)).toEqual([]);
      });

      it('finds an op by opId, deep-equal to what commit returned', async () => {
        const ctx = await joinedParticipant();
        await storage.commit(annotationCreate(ctx));
        const committed = await storage.commit(ballotCast(ctx), { ballot: ballotEffectOf(ballotCast(ctx)) });
        expect(await storage.findOp(committed.opId)).toEqual(committed);
        expect(await storage.findOp(newId())).toBeNull();
      });
    });

    describe('ballots', () => {
      it('keeps one ballot per participant and question; the last committed wins', async () => {
        const wang = await joinedParticipant();
        const li = await anotherParticipantIn(wang);
        const drafts = oneTo(50).map((n) => {
          const voter = n % 2 === 0 ? wang : li;
          const ballot: Ballot = { kind: 'budget', allocation: { 'garden-street': n, 'pocket-park': 100 - n } };
          return ballotCast(voter, ballot);
        });
        const committed = await Promise.all(drafts.map((draft) => storage.commit(draft, { ballot: ballotEffectOf(draft) })));

        const lastBy = (voterId: string) =>
          committed.filter((op) => op.actor.id === voterId).reduce((a, b) => (b.seq > a.seq ? b : a));
        const expected = [wang, li].map((voter) => ballotEffectOf(lastBy(voter.actor.id)));
        const stored = await storage.listBallots(wang.sessionId!);
        expect(stored).toHaveLength(2);
        expect(stored).toEqual(expect.arrayContaining(expected));
      });

      it('keeps ballots of different questions and sessions apart', async () => {
        const ctx = await joinedParticipant();
        const otherSession = sessionRecord(SITE_A);
        await storage.createSession(otherSession);
        const inOther = { ...ctx, sessionId: otherSession.id };
        const casts = [
          ballotCast(ctx, { kind: 'single', choiceId: 'garden-street' }),
          ballotCast(ctx, { kind: 'rating', ratings: { 'garden-street': 4, 'pocket-park': 2 } }, 'rate-options'),
          ballotCast(inOther, { kind: 'single', choiceId: 'pocket-park' }),
        ];
        for (const draft of casts) await storage.commit(draft, { ballot: ballotEffectOf(draft) });

        const inFirst = await storage.listBallots(ctx.sessionId!);
        expect(inFirst).toEqual(expect.arrayContaining([ballotEffectOf(casts[0]!), ballotEffectOf(casts[1]!)]));
        expect(inFirst).toHaveLength(2);
        expect(await storage.listBallots(otherSession.id)).toEqual([ballotEffectOf(casts[2]!)]);
        expect(await storage.listBallots(newId())).toEqual([]);
      });

      it('refuses a ballot for an unknown session or voter, committing nothing', async () => {
        const ctx = await joinedParticipant();
        const draft = ballotCast(ctx);
        const effect = ballotEffectOf(draft);
        await expect(storage.commit(draft, { ballot: { ...effect, sessionId: newId() } })).rejects.toThrow();
        await expect(storage.commit(draft, { ballot: { ...effect, participantId: newId() } })).rejects.toThrow();
        expect(await storage.headSeq(SITE_A)).toBe(0);
        expect(await storage.findOp(draft.opId)).toBeNull();
        expect(await storage.listBallots(ctx.sessionId!)).toEqual([]);
      });

      it('does not change the ballot when the op is refused as a duplicate', async () => {
        const ctx = await joinedParticipant();
        const first = ballotCast(ctx, { kind: 'single', choiceId: 'garden-street' });
        await storage.commit(first, { ballot: ballotEffectOf(first) });
        const reuse = { ...ballotCast(ctx, { kind: 'single', choiceId: 'pocket-park' }), opId: first.opId };
        await expect(storage.commit(reuse, { ballot: ballotEffectOf(reuse) })).rejects.toBeInstanceOf(DuplicateOpIdError);
        expect(await storage.listBallots(ctx.sessionId!)).toEqual([ballotEffectOf(first)]);
      });
    });

    describe('erasing a deleted annotation', () => {
      it("blanks the text of the annotation's earlier ops and keeps everything else", async () => {
        const ctx = await joinedParticipant();
        const neighbour = await anotherParticipantIn(ctx);
        const tree = annotationCreate(ctx, { text: '这里可以种树' });
        const treeId = (tree.payload as { id: string }).id;
        const drafts = [
          tree,
          annotationEdit(ctx, treeId, { text: '这里可以种两棵银杏' }),
          annotationEdit(ctx, treeId, { category: 'concern' }),
          annotationReply(neighbour, treeId, '同意，夏天这里太晒了'),
          annotationCreate(neighbour, { text: '路口需要一个斑马线', category: 'concern' }),
        ];
        for (const draft of drafts) await storage.commit(draft);
        const before = await storage.readOps(SITE_A, 0, 100);

        const deletion = await storage.commit(annotationDelete(ctx, treeId), { erase: { annotationId: treeId, eraseContent } });

        expect(deletion.seq).toBe(6);
        const after = await storage.readOps(SITE_A, 0, 100);
        const expected = [...before.map((op) => (opTargetId(op) === treeId ? eraseContent(op) : op)), deletion];
        expect(after).toEqual(expected);
        // spelled out: the pin's own texts are gone; the reply (its own annotation) and the other pin stay
        expect(after.map(textOf)).toEqual(['', '', undefined, '同意，夏天这里太晒了', '路口需要一个斑马线', undefined]);
        expect(textOf(await storage.findOp(tree.opId))).toBe('');
      });

      it("leaves another site's ops alone, even under the same annotation id", async () => {
        // ids are client-made: a client on one site can reuse an id it saw on another
        const onA = await joinedParticipant(SITE_A);
        const onB = await joinedParticipant(SITE_B);
        const original = annotationCreate(onA, { text: '这里可以种树' });
        const sharedId = (original.payload as { id: string }).id;
        await storage.commit(original);
        const siteABefore = await storage.readOps(SITE_A, 0, 100);
        await storage.commit(annotationCreate(onB, { text: '河边的长椅坏了', category: 'concern' }));
        await storage.commit(annotationCreate(onB, { id: sharedId, text: '同一个编号，另一个地方' }));

        await storage.commit(annotationDelete(onB, sharedId), { erase: { annotationId: sharedId, eraseContent } });

        expect(await storage.readOps(SITE_A, 0, 100)).toEqual(siteABefore);
        const siteB = await storage.readOps(SITE_B, 0, 100);
        expect(siteB.map((op) => [op.siteId, op.seq, textOf(op)])).toEqual([
          [SITE_B, 1, '河边的长椅坏了'],
          [SITE_B, 2, ''],
          [SITE_B, 3, undefined],
        ]);
      });

      it('commits nothing when the rewrite fails', async () => {
        const ctx = await joinedParticipant();
        const tree = annotationCreate(ctx);
        const treeId = (tree.payload as { id: string }).id;
        await storage.commit(tree);
        const deletion = annotationDelete(ctx, treeId);
        const failingErase = () => {
          throw new Error('rewrite failed');
        };
        await expect(storage.commit(deletion, { erase: { annotationId: treeId, eraseContent: failingErase } })).rejects.toThrow(
          'rewrite failed',
        );
        expect(await storage.headSeq(SITE_A)).toBe(1);
        expect(await storage.findOp(deletion.opId)).toBeNull();
        expect(textOf(await storage.findOp(tree.opId))).toBe('这里可以种树');
      });
    });

    describe('copies, not shared objects', () => {
      it('hands out and keeps copies of sessions and participants', async () => {
        const session = sessionRecord(SITE_A);
        const participant = participantRecord(SITE_A);
        const sessionInput = { ...session };
        const participantInput = { ...participant };
        await storage.createSession(sessionInput);
        await storage.createParticipant(participantInput);
        sessionInput.code = '000000';
        participantInput.name = 'changed by caller';

        const foundSession = (await storage.findSessionById(session.id))!;
        foundSession.facilitatorKeyHash = 'tampered';
        const foundParticipant = (await storage.findParticipantByToken(SITE_A, participant.tokenHash))!;
        foundParticipant.name = 'tampered';

        expect(await storage.findSessionById(session.id)).toEqual(session);
        expect(await storage.findParticipantByToken(SITE_A, participant.tokenHash)).toEqual(participant);
      });

      it('hands out and keeps copies of ops and ballots', async () => {
        const ctx = await joinedParticipant();
        const draft = annotationCreate(ctx, { text: '这里可以种树' });
        const vote = ballotCast(ctx);
        const committed = await storage.commit(draft);
        await storage.commit(vote, { ballot: ballotEffectOf(vote) });
        const pristine = await storage.readOps(SITE_A, 0, 100);

        (draft.payload as { text: string }).text = 'changed by caller after commit';
        (committed.payload as { text: string }).text = 'changed through the returned op';
        (pristine[0]!.payload as { text: string }).text = 'changed through readOps';
        const found = (await storage.findOp(draft.opId))!;
        found.actor.name = 'changed through findOp';
        const ballots = await storage.listBallots(ctx.sessionId!);
        (ballots[0]!.ballot as { choiceId: string }).choiceId = 'pocket-park';

        const stored = await storage.readOps(SITE_A, 0, 100);
        expect(textOf(stored[0]!)).toBe('这里可以种树');
        expect(stored[0]!.actor.name).toBe(ctx.actor.name);
        expect(await storage.listBallots(ctx.sessionId!)).toEqual([ballotEffectOf(vote)]);
      });
    });
  });
}
