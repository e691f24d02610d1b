import { opTargetId } from '../../core/domain/redact.ts';
import type { CommittedOp } from '../../core/protocol/ops.ts';
import {
  DuplicateOpIdError,
  type CommitEffects,
  type DraftOp,
  type ParticipantRecord,
  type SessionRecord,
  type Storage,
  type StoredBallot,
} from './storage.ts';

/** Refuses what the SQLite schema refuses (its integer columns are STRICT), so both behave alike. */
function requireInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new Error(`${what} must be an integer, got ${value}`);
}

/**
 * Storage in process memory, for tests and quick local runs; everything is lost on exit.
 * It enforces the same keys and references as the SQLite schema and keeps deep copies on the
 * way in and out, so code tested against it cannot rely on sharing objects with storage.
 * Every method body is synchronous up to its return, so concurrent calls never interleave.
 */
export class MemoryStorage implements Storage {
  readonly kind = 'memory';
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly participants = new Map<string, ParticipantRecord>();
  /** per site, the log in seq order: the op with seq n sits at index n - 1 */
  private readonly logs = new Map<string, CommittedOp[]>();
  /** opId → where the op sits, for findOp and the uniqueness of opIds across sites */
  private readonly opLocations = new Map<string, { siteId: string; seq: number }>();
  /** sessionId → JSON [questionId, participantId] → ballot: one per participant per question */
  private readonly ballots = new Map<string, Map<string, StoredBallot>>();

  async init(): Promise<void> {}

  async close(): Promise<void> {}

  async ping(): Promise<boolean> {
    return true;
  }

  async createSession(session: SessionRecord): Promise<void> {
    requireInteger(session.createdAt, 'createdAt');
    if (this.sessions.has(session.id)) throw new Error(`session ${session.id} already exists`);
    for (const other of this.sessions.values()) {
      if (other.code === session.code) throw new Error(`session code ${session.code} is already in use`);
      if (session.isDemo && other.isDemo && other.siteId === session.siteId) {
        throw new Error(`site ${session.siteId} already has a demo session`);
      }
    }
    this.sessions.set(session.id, structuredClone(session));
  }

  async findSessionById(id: string): Promise<SessionRecord | null> {
    return copyOrNull(this.sessions.get(id));
  }

  async findSessionByCode(code: string): Promise<SessionRecord | null> {
    return copyOrNull(this.findSession((s) => s.code === code));
  }

  async findDemoSession(siteId: string): Promise<SessionRecord | null> {
    return copyOrNull(this.findSession((s) => s.isDemo && s.siteId === siteId));
  }

  async setFacilitatorKeyHash(sessionId: string, hash: string): Promise<void> {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`no session ${sessionId}`);
    session.facilitatorKeyHash = hash;
  }

  async createParticipant(p: ParticipantRecord): Promise<void> {
    requireInteger(p.createdAt, 'createdAt');
    if (this.participants.has(p.id)) throw new Error(`participant ${p.id} already exists`);
    if (this.findParticipant(p.siteId, p.tokenHash)) {
      throw new Error(`site ${p.siteId} already has a participant with this token`);
    }
    this.participants.set(p.id, structuredClone(p));
  }

  async findParticipantByToken(siteId: string, tokenHash: string): Promise<ParticipantRecord | null> {
    return copyOrNull(this.findParticipant(siteId, tokenHash));
  }

  async renameParticipant(id: string, name: string | null): Promise<void> {
    const participant = this.participants.get(id);
    if (!participant) throw new Error(`no participant ${id}`);
    participant.name = name;
  }

  /** Checks and computes everything first and writes last, so a throw leaves storage untouched. */
  async commit(draft: DraftOp, effects?: CommitEffects): Promise<CommittedOp> {
    if (this.opLocations.has(draft.opId)) throw new DuplicateOpIdError(draft.opId);
    requireInteger(draft.at, 'at');
    const ballot = effects?.ballot;
    if (ballot && !this.sessions.has(ballot.sessionId)) throw new Error(`ballot for unknown session ${ballot.sessionId}`);
    if (ballot && !this.participants.has(ballot.participantId)) {
      throw new Error(`ballot from unknown participant ${ballot.participantId}`);
    }

    const log = this.logs.get(draft.siteId) ?? [];
    const op = structuredClone({ ...draft, seq: log.length + 1 }) as CommittedOp;

    const rewrites: CommittedOp[] = [];
    if (effects?.erase) {
      const { annotationId, eraseContent } = effects.erase;
      for (const earlier of log) {
        if (opTargetId(earlier) !== annotationId) continue;
        // handed a copy so a rewrite that mutates its argument cannot touch the log before we commit
        const erased = structuredClone(eraseContent(structuredClone(earlier)));
        // the tombstone keeps its place in the log whatever the rewrite returns
        rewrites.push({ ...erased, seq: earlier.seq, opId: earlier.opId, siteId: earlier.siteId });
      }
    }

    for (const erased of rewrites) log[erased.seq - 1] = erased;
    log.push(op);
    this.logs.set(draft.siteId, log);
    this.opLocations.set(op.opId, { siteId: op.siteId, seq: op.seq });
    if (ballot) {
      const bySession = this.ballots.get(ballot.sessionId) ?? new Map<string, StoredBallot>();
      const { sessionId, questionId, participantId } = ballot;
      const stored: StoredBallot = { sessionId, questionId, participantId, ballot: structuredClone(ballot.ballot) };
      bySession.set(JSON.stringify([questionId, participantId]), stored);
      this.ballots.set(ballot.sessionId, bySession);
    }
    return structuredClone(op);
  }

  async findOp(opId: string): Promise<CommittedOp | null> {
    const at = this.opLocations.get(opId);
    return copyOrNull(at && this.logs.get(at.siteId)?.[at.seq - 1]);
  }

  async readOps(siteId: string, afterSeq: number, limit: number): Promise<CommittedOp[]> {
    if (!(limit > 0)) return [];
    const log = this.logs.get(siteId) ?? [];
    // seq n sits at index n - 1, so the ops after afterSeq start at index afterSeq
    const start = Math.max(0, Math.floor(afterSeq));
    return structuredClone(log.slice(start, start + Math.floor(limit)));
  }

  async headSeq(siteId: string): Promise<number> {
    return this.logs.get(siteId)?.length ?? 0;
  }

  /** ordered by question, then participant, like the SQLite version */
  async listBallots(sessionId: string): Promise<StoredBallot[]> {
    const ballots = [...(this.ballots.get(sessionId)?.values() ?? [])];
    ballots.sort((a, b) => compare(a.questionId, b.questionId) || compare(a.participantId, b.participantId));
    return structuredClone(ballots);
  }

  private findSession(matches: (s: SessionRecord) => boolean): SessionRecord | undefined {
    for (const session of this.sessions.values()) if (matches(session)) return session;
    return undefined;
  }

  private findParticipant(siteId: string, tokenHash: string): ParticipantRecord | undefined {
    for (const p of this.participants.values()) if (p.siteId === siteId && p.tokenHash === tokenHash) return p;
    return undefined;
  }
}

function copyOrNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : structuredClone(value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
