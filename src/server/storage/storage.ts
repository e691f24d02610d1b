import type { Ballot, CommittedOp } from '../../core/protocol/ops.ts';

/** A session's private record: what the op log must not carry (join code, key hash). */
export interface SessionRecord {
  id: string;
  siteId: string;
  /** six digits, unique among all sessions */
  code: string;
  /** sha-256 (hex) of the facilitator key; the key itself is never stored */
  facilitatorKeyHash: string;
  createdAt: number;
  /** the demo session the server prepares at start (at most one per site) */
  isDemo: boolean;
}

/** A person known on a site, across its sessions; identified by the hash of a browser-held token. */
export interface ParticipantRecord {
  id: string;
  siteId: string;
  /** sha-256 (hex) of the identity token, unique per site */
  tokenHash: string;
  name: string | null;
  createdAt: number;
}

/** An op ready to commit: everything but the seq, which storage assigns. Distributes over the
 * op union so a draft's payload still has to match its type. */
export type DraftOp = CommittedOp extends infer T ? (T extends unknown ? Omit<T, 'seq'> : never) : never;

/** Side effects committed in the same transaction as the op. */
export interface CommitEffects {
  /** ballot.cast: insert or replace the one ballot of (session, question, participant) */
  ballot?: { sessionId: string; questionId: string; participantId: string; ballot: Ballot };
  /** annotation.delete: rewrite the earlier ops about this annotation with their text erased */
  erase?: { annotationId: string; eraseContent: (op: CommittedOp) => CommittedOp };
}

export interface StoredBallot {
  sessionId: string;
  questionId: string;
  participantId: string;
  ballot: Ballot;
}

/** Thrown by `commit` when the opId is already in the log. */
export class DuplicateOpIdError extends Error {
  constructor(readonly opId: string) {
    super(`opId ${opId} already committed`);
    this.name = 'DuplicateOpIdError';
  }
}

/**
 * Everything Gongjian persists. Implementations: in-memory (tests, dev) and SQLite (default);
 * both pass test/contract/storage-contract.ts. Async so that a networked database fits later.
 * Writes of one site are serialised by the caller (the site's commit queue), but `commit` must
 * still be atomic on its own: the op, its seq and its effects land together or not at all.
 */
export interface Storage {
  readonly kind: string;
  /** Runs pending migrations; idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** cheap liveness probe for /api/health */
  ping(): Promise<boolean>;

  createSession(session: SessionRecord): Promise<void>;
  findSessionById(id: string): Promise<SessionRecord | null>;
  findSessionByCode(code: string): Promise<SessionRecord | null>;
  findDemoSession(siteId: string): Promise<SessionRecord | null>;
  setFacilitatorKeyHash(sessionId: string, hash: string): Promise<void>;

  createParticipant(p: ParticipantRecord): Promise<void>;
  findParticipantByToken(siteId: string, tokenHash: string): Promise<ParticipantRecord | null>;
  /** a rejoin may change the display name */
  renameParticipant(id: string, name: string | null): Promise<void>;

  /** Assigns the site's next seq (1, 2, 3, … without gaps), stores op and effects atomically.
   * Throws DuplicateOpIdError if the opId exists. Resolves only once durable. */
  commit(draft: DraftOp, effects?: CommitEffects): Promise<CommittedOp>;
  findOp(opId: string): Promise<CommittedOp | null>;
  /** ops with seq > afterSeq in seq order, at most `limit` */
  readOps(siteId: string, afterSeq: number, limit: number): Promise<CommittedOp[]>;
  headSeq(siteId: string): Promise<number>;
  listBallots(sessionId: string): Promise<StoredBallot[]>;
}
