import type { Logger } from 'pino';
import { applyOpInPlace } from '../../core/domain/apply-op.ts';
import { checkOp } from '../../core/domain/check-op.ts';
import { eraseContent, opTargetId, redactOp, snapshotFor, viewDependsOnViewer } from '../../core/domain/redact.ts';
import { emptySiteState, type SiteState, type Viewer } from '../../core/domain/state.ts';
import { tallyQuestion, type Tally } from '../../core/domain/tally.ts';
import { protocolError, type Ack } from '../../core/protocol/errors.ts';
import type { SyncPayload } from '../../core/protocol/messages.ts';
import type { ClientOp, CommittedOp, SessionCreatePayload } from '../../core/protocol/ops.ts';
import type { WireOp } from '../../core/protocol/wire.ts';
import type { SitePack } from '../../core/site/schema.ts';
import { DuplicateOpIdError, type CommitEffects, type DraftOp, type Storage } from '../storage/storage.ts';
import { isSameOp } from './op-identity.ts';
import { SerialQueue } from './serial-queue.ts';
import { TickBatcher } from './tick-batcher.ts';
import { rooms, type GongjianIo, type Member } from './types.ts';

/** Beyond this many ops behind, a catching-up client gets a snapshot instead of a replay. */
const MAX_REPLAY = 2000;
const BROADCAST_TICK_MS = 10;
const TALLY_TICK_MS = 100;
const NOBODY: Viewer = { participantId: '', role: 'participant' };

/**
 * One site's live community map: its state folded from the op log, the queue that serialises
 * check → commit → apply, and the fan-out of committed ops (batched per tick, redacted per
 * receiver) and of tallies (coalesced). One per site per server process.
 */
export class SiteHub {
  private readonly queue = new SerialQueue();
  private readonly members = new Map<string, Member>();
  private readonly optionIds: ReadonlySet<string>;
  private readonly broadcasts: TickBatcher<CommittedOp>;
  /** questions whose tally changed, as `${sessionId} ${questionId}` */
  private readonly dirtyTallies: TickBatcher<string>;

  private constructor(
    readonly site: SitePack,
    private readonly state: SiteState,
    private readonly storage: Storage,
    private readonly io: GongjianIo,
    private readonly log: Logger,
  ) {
    this.optionIds = new Set(site.options.map((o) => o.id));
    this.broadcasts = new TickBatcher(BROADCAST_TICK_MS, (ops) => this.fanOut(ops));
    this.dirtyTallies = new TickBatcher(TALLY_TICK_MS, (keys) => this.publishTallies(new Set(keys)));
  }

  /** Rebuilds the site's state by replaying its whole log. */
  static async open(site: SitePack, storage: Storage, io: GongjianIo, log: Logger): Promise<SiteHub> {
    const state = emptySiteState(site.id);
    for (;;) {
      const page = await storage.readOps(site.id, state.seq, 5000);
      for (const op of page) applyOpInPlace(state, op);
      if (page.length < 5000) break;
    }
    log.info({ site: site.id, seq: state.seq }, 'site state loaded');
    return new SiteHub(site, state, storage, io, log);
  }

  get headSeq(): number {
    return this.state.seq;
  }

  session(sessionId: string) {
    return this.state.sessions[sessionId];
  }

  /** Checks, commits, applies and schedules the broadcast of one client op. Ack means durable. */
  submit(op: ClientOp, member: Member): Promise<Ack<{ seq: number; duplicate: boolean }>> {
    return this.queue.run(async () => {
      const existing = await this.storage.findOp(op.opId);
      if (existing) {
        const targetId = opTargetId(existing);
        const deleted = targetId ? (this.state.annotations[targetId]?.deleted ?? false) : false;
        return isSameOp(existing, member.participantId, op, deleted)
          ? { ok: true, seq: existing.seq, duplicate: true }
          : { ok: false, error: protocolError('CONFLICT', 'this opId was already used for a different change') };
      }
      const refusal = checkOp(this.state, op, {
        actorId: member.participantId,
        role: member.role,
        sessionId: member.sessionId,
        optionIds: this.optionIds,
      });
      if (refusal) return { ok: false, error: refusal };
      const { opId, ...body } = op;
      const committed = await this.commit(
        {
          ...body,
          opId,
          siteId: this.site.id,
          sessionId: member.sessionId,
          stage: this.state.sessions[member.sessionId]?.stage ?? null,
          actor: { id: member.participantId, name: member.name, role: member.role },
          at: Date.now(),
        } as DraftOp,
        this.effectsOf(op, member),
      );
      return { ok: true, seq: committed.seq, duplicate: false };
    });
  }

  /** Writes the server's own `session.create` op for a new session. */
  createSession(opId: string, payload: SessionCreatePayload): Promise<CommittedOp> {
    return this.queue.run(() =>
      this.commit({
        type: 'session.create',
        payload,
        opId,
        siteId: this.site.id,
        sessionId: payload.sessionId,
        stage: payload.stage,
        actor: { id: 'system', name: null, role: 'system' },
        at: Date.now(),
      }),
    );
  }

  /**
   * Adds a joined connection and brings it up to date. Runs in the queue so that nothing is
   * committed between reading the state and joining the rooms: the client misses nothing
   * (and drops the few ops it may get twice by seq).
   */
  attach(member: Member, lastSeq: number | undefined, join: () => void): Promise<{ sync: SyncPayload; tallies: Tally[] }> {
    return this.queue.run(async () => {
      const sync = await this.syncFor(member, lastSeq);
      this.members.set(member.socketId, member);
      join();
      return { sync, tallies: this.talliesFor(member.sessionId, member.role) };
    });
  }

  detach(socketId: string): void {
    this.members.delete(socketId);
  }

  updateMember(member: Member): void {
    if (this.members.has(member.socketId)) this.members.set(member.socketId, member);
  }

  /** Ops after `lastSeq` as this member may see them, or a snapshot when that is cheaper. */
  async syncFor(member: Member, lastSeq: number | undefined): Promise<SyncPayload> {
    const viewer = { participantId: member.participantId, role: member.role };
    const head = this.state.seq;
    if (lastSeq === undefined || lastSeq > head || head - lastSeq > MAX_REPLAY) {
      return { kind: 'snapshot', snapshot: snapshotFor(this.state, viewer), headSeq: head };
    }
    const ops = await this.storage.readOps(this.site.id, lastSeq, head - lastSeq);
    return { kind: 'ops', ops: ops.map((op) => redactOp(this.state, op, viewer)), headSeq: head };
  }

  /** Tallies a member may see now: all of them for facilitators, revealed ones for others. */
  talliesFor(sessionId: string, role: Member['role']): Tally[] {
    const session = this.state.sessions[sessionId];
    if (!session) return [];
    const ballots = this.state.ballots[sessionId] ?? {};
    return session.questions
      .filter((q) => role === 'facilitator' || q.revealed)
      .map((q) => tallyQuestion(sessionId, q.spec, ballots[q.spec.id] ?? {}));
  }

  /** Waits for queued commits and sends what is pending (graceful shutdown). */
  async drain(): Promise<void> {
    await this.queue.drain();
    this.broadcasts.flushNow();
    this.dirtyTallies.flushNow();
  }

  private async commit(draft: DraftOp, effects?: CommitEffects): Promise<CommittedOp> {
    let committed: CommittedOp;
    try {
      committed = await this.storage.commit(draft, effects);
    } catch (err) {
      if (err instanceof DuplicateOpIdError) this.log.error({ opId: err.opId }, 'opId collided inside the queue');
      throw err;
    }
    applyOpInPlace(this.state, committed);
    this.broadcasts.push(committed);
    for (const questionId of this.talliesAffectedBy(committed)) this.dirtyTallies.push(`${committed.sessionId} ${questionId}`);
    return committed;
  }

  private effectsOf(op: ClientOp, member: Member): CommitEffects | undefined {
    if (op.type === 'ballot.cast') {
      const { questionId, ballot } = op.payload;
      return { ballot: { sessionId: member.sessionId, questionId, participantId: member.participantId, ballot } };
    }
    if (op.type === 'annotation.delete') return { erase: { annotationId: op.payload.id, eraseContent } };
    return undefined;
  }

  /**
   * Sends a tick's ops to every member of the site. Most batches look the same to everyone and
   * go out as one room broadcast; when some op's view depends on the receiver (ballots,
   * moderation, hidden threads), members are grouped by what they may see and each group gets
   * one packet.
   */
  private fanOut(ops: CommittedOp[]): void {
    const room = rooms.site(this.site.id);
    if (!ops.some((op) => viewDependsOnViewer(this.state, op))) {
      this.io.to(room).emit('ops:batch', ops.map((op) => redactOp(this.state, op, NOBODY)));
      return;
    }
    const groups = new Map<string, { view: WireOp[]; socketIds: string[] }>();
    for (const m of this.members.values()) {
      const view = ops.map((op) => redactOp(this.state, op, { participantId: m.participantId, role: m.role }));
      const key = view.map(viewSignature).join('|');
      const group = groups.get(key);
      if (group) group.socketIds.push(m.socketId);
      else groups.set(key, { view, socketIds: [m.socketId] });
    }
    for (const { view, socketIds } of groups.values()) this.io.to(socketIds).emit('ops:batch', view);
  }

  /**
   * Sends the changed tallies: to the session's facilitators always, to everyone else only for
   * revealed questions. Only changed questions are sent, so a ballot on a hidden question tells
   * other participants nothing, not even that someone voted.
   */
  private publishTallies(keys: Set<string>): void {
    const bySession = new Map<string, Set<string>>();
    for (const key of keys) {
      const [sessionId, questionId] = key.split(' ') as [string, string];
      if (!bySession.has(sessionId)) bySession.set(sessionId, new Set());
      bySession.get(sessionId)!.add(questionId);
    }
    for (const [sessionId, questionIds] of bySession) {
      const session = this.state.sessions[sessionId];
      if (!session) continue;
      const changed = this.talliesFor(sessionId, 'facilitator').filter((t) => questionIds.has(t.questionId));
      const revealed = new Set(session.questions.filter((q) => q.revealed).map((q) => q.spec.id));
      const visible = changed.filter((t) => revealed.has(t.questionId));
      if (changed.length) this.io.to(rooms.facilitators(sessionId)).emit('tally:update', changed);
      if (visible.length) {
        this.io.to(rooms.session(sessionId)).except(rooms.facilitators(sessionId)).emit('tally:update', visible);
      }
    }
  }

  private talliesAffectedBy(op: CommittedOp): string[] {
    switch (op.type) {
      case 'session.create':
        return op.payload.questions.map((q) => q.id);
      case 'ballot.cast':
      case 'question.reveal':
        return [op.payload.questionId];
      case 'question.add':
        return [op.payload.question.id];
      default:
        return [];
    }
  }
}

/** What distinguishes one receiver's view of an op from another's: redacted or not, and which
 * annotations an unhide restores (visible ops are otherwise the same object for everyone). */
function viewSignature(op: WireOp): string {
  if (op.redacted) return 'r';
  return op.restore ? op.restore.map((a) => a.id).join(',') : 'v';
}
