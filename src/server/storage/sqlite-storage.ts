import Database from 'better-sqlite3';
import { opTargetId } from '../../core/domain/redact.ts';
import type { CommittedOp } from '../../core/protocol/ops.ts';
import { migrate } from './migrations.ts';
import {
  DuplicateOpIdError,
  type CommitEffects,
  type DraftOp,
  type ParticipantRecord,
  type SessionRecord,
  type Storage,
  type StoredBallot,
} from './storage.ts';

interface SessionRow {
  id: string;
  site_id: string;
  code: string;
  facilitator_key_hash: string;
  created_at: number;
  is_demo: number;
}

interface ParticipantRow {
  id: string;
  site_id: string;
  token_hash: string;
  name: string | null;
  created_at: number;
}

interface BallotRow {
  session_id: string;
  question_id: string;
  participant_id: string;
  ballot: string;
}

interface OpInsertRow {
  site_id: string;
  seq: number;
  op_id: string;
  session_id: string | null;
  type: string;
  target_id: string | null;
  at: number;
  body: string;
}

interface OpRow {
  seq: number;
  body: string;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    siteId: row.site_id,
    code: row.code,
    facilitatorKeyHash: row.facilitator_key_hash,
    createdAt: row.created_at,
    isDemo: row.is_demo === 1,
  };
}

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return { id: row.id, siteId: row.site_id, tokenHash: row.token_hash, name: row.name, createdAt: row.created_at };
}

function toBallot(row: BallotRow): StoredBallot {
  return {
    sessionId: row.session_id,
    questionId: row.question_id,
    participantId: row.participant_id,
    ballot: JSON.parse(row.ballot),
  };
}

function isOpIdConflict(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof e.message === 'string' && e.message.includes('ops.op_id');
}

/** The statements, prepared once the schema exists (they cannot be prepared against missing tables). */
function prepareStatements(db: Database.Database) {
  return {
    ping: db.prepare<[], { ok: number }>('SELECT 1 AS ok'),
    insertSession: db.prepare<[SessionRow]>(
      `INSERT INTO sessions (id, site_id, code, facilitator_key_hash, created_at, is_demo)
       VALUES (@id, @site_id, @code, @facilitator_key_hash, @created_at, @is_demo)`,
    ),
    sessionById: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    sessionByCode: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE code = ?'),
    demoSession: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE site_id = ? AND is_demo = 1'),
    setKeyHash: db.prepare<[string, string]>('UPDATE sessions SET facilitator_key_hash = ? WHERE id = ?'),
    insertParticipant: db.prepare<[ParticipantRow]>(
      `INSERT INTO participants (id, site_id, token_hash, name, created_at)
       VALUES (@id, @site_id, @token_hash, @name, @created_at)`,
    ),
    participantByToken: db.prepare<[string, string], ParticipantRow>(
      'SELECT * FROM participants WHERE site_id = ? AND token_hash = ?',
    ),
    renameParticipant: db.prepare<[string | null, string]>('UPDATE participants SET name = ? WHERE id = ?'),
    nextSeq: db.prepare<[string], { next: number }>(
      'SELECT coalesce(max(seq), 0) + 1 AS next FROM ops WHERE site_id = ?',
    ),
    insertOp: db.prepare<[OpInsertRow]>(
      `INSERT INTO ops (site_id, seq, op_id, session_id, type, target_id, at, body)
       VALUES (@site_id, @seq, @op_id, @session_id, @type, @target_id, @at, @body)`,
    ),
    // no seq condition or ORDER BY: either would lead the planner onto the primary key and a
    // scan of the site's whole log instead of the target index
    opsAbout: db.prepare<[string, string], OpRow>('SELECT seq, body FROM ops WHERE site_id = ? AND target_id = ?'),
    rewriteOp: db.prepare<[string, string, number]>('UPDATE ops SET body = ? WHERE site_id = ? AND seq = ?'),
    upsertBallot: db.prepare<[BallotRow]>(
      `INSERT INTO ballots (session_id, question_id, participant_id, ballot)
       VALUES (@session_id, @question_id, @participant_id, @ballot)
       ON CONFLICT (session_id, question_id, participant_id) DO UPDATE SET ballot = excluded.ballot`,
    ),
    opById: db.prepare<[string], { body: string }>('SELECT body FROM ops WHERE op_id = ?'),
    readOps: db.prepare<[string, number, number], { body: string }>(
      'SELECT body FROM ops WHERE site_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    headSeq: db.prepare<[string], { head: number }>('SELECT coalesce(max(seq), 0) AS head FROM ops WHERE site_id = ?'),
    ballotsOf: db.prepare<[string], BallotRow>(
      'SELECT * FROM ballots WHERE session_id = ? ORDER BY question_id, participant_id',
    ),
  };
}

type Statements = ReturnType<typeof prepareStatements>;

/**
 * The default storage: one SQLite file through better-sqlite3. Its calls are synchronous, so a
 * `commit` runs start to finish without another one interleaving, and the immediate transaction
 * also keeps a second process on the same file from reading the same max(seq).
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private statements: Statements | null = null;
  private readonly commitInTransaction: (draft: DraftOp, effects: CommitEffects | undefined) => CommittedOp;

  constructor(filePath: string) {
    this.db = new Database(filePath);
    this.db.pragma('journal_mode = WAL');
    // FULL: an ack promises the op survives a power cut, not just a process crash
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    // erased annotation text must not linger in free pages of the file
    this.db.pragma('secure_delete = ON');
    // a second process (a migration, a backup) holding the lock briefly should not fail a commit
    this.db.pragma('busy_timeout = 5000');
    this.commitInTransaction = this.db.transaction((draft: DraftOp, effects: CommitEffects | undefined) =>
      this.commitNow(draft, effects),
    ).immediate;
  }

  async init(): Promise<void> {
    migrate(this.db);
    this.statements ??= prepareStatements(this.db);
  }

  async close(): Promise<void> {
    this.db.close();
  }

  async ping(): Promise<boolean> {
    return this.sql.ping.get()?.ok === 1;
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.sql.insertSession.run({
      id: session.id,
      site_id: session.siteId,
      code: session.code,
      facilitator_key_hash: session.facilitatorKeyHash,
      created_at: session.createdAt,
      is_demo: session.isDemo ? 1 : 0,
    });
  }

  async findSessionById(id: string): Promise<SessionRecord | null> {
    const row = this.sql.sessionById.get(id);
    return row ? toSession(row) : null;
  }

  async findSessionByCode(code: string): Promise<SessionRecord | null> {
    const row = this.sql.sessionByCode.get(code);
    return row ? toSession(row) : null;
  }

  async findDemoSession(siteId: string): Promise<SessionRecord | null> {
    const row = this.sql.demoSession.get(siteId);
    return row ? toSession(row) : null;
  }

  async setFacilitatorKeyHash(sessionId: string, hash: string): Promise<void> {
    const { changes } = this.sql.setKeyHash.run(hash, sessionId);
    if (changes === 0) throw new Error(`no session ${sessionId}`);
  }

  async createParticipant(p: ParticipantRecord): Promise<void> {
    this.sql.insertParticipant.run({
      id: p.id,
      site_id: p.siteId,
      token_hash: p.tokenHash,
      name: p.name,
      created_at: p.createdAt,
    });
  }

  async findParticipantByToken(siteId: string, tokenHash: string): Promise<ParticipantRecord | null> {
    const row = this.sql.participantByToken.get(siteId, tokenHash);
    return row ? toParticipant(row) : null;
  }

  async renameParticipant(id: string, name: string | null): Promise<void> {
    const { changes } = this.sql.renameParticipant.run(name, id);
    if (changes === 0) throw new Error(`no participant ${id}`);
  }

  async commit(draft: DraftOp, effects?: CommitEffects): Promise<CommittedOp> {
    try {
      return this.commitInTransaction(draft, effects);
    } catch (error) {
      if (isOpIdConflict(error)) throw new DuplicateOpIdError(draft.opId);
      throw error;
    }
  }

  async findOp(opId: string): Promise<CommittedOp | null> {
    const row = this.sql.opById.get(opId);
    return row ? JSON.parse(row.body) : null;
  }

  async readOps(siteId: string, afterSeq: number, limit: number): Promise<CommittedOp[]> {
    // SQLite reads a negative LIMIT as "no limit"; the contract says "at most limit"
    if (!(limit > 0)) return [];
    const rows = Math.min(Math.floor(limit), Number.MAX_SAFE_INTEGER);
    return this.sql.readOps.all(siteId, afterSeq, rows).map((row) => JSON.parse(row.body));
  }

  async headSeq(siteId: string): Promise<number> {
    return this.sql.headSeq.get(siteId)?.head ?? 0;
  }

  async listBallots(sessionId: string): Promise<StoredBallot[]> {
    return this.sql.ballotsOf.all(sessionId).map(toBallot);
  }

  private get sql(): Statements {
    if (!this.statements) throw new Error('SqliteStorage used before init()');
    return this.statements;
  }

  /** Runs inside the immediate transaction: any throw rolls back the op and all its effects. */
  private commitNow(draft: DraftOp, effects: CommitEffects | undefined): CommittedOp {
    const sql = this.sql;
    const seq = sql.nextSeq.get(draft.siteId)!.next;
    const op = { ...draft, seq } as CommittedOp;
    const body = JSON.stringify(op);

    if (effects?.erase) {
      const { annotationId, eraseContent } = effects.erase;
      // before the insert, so only earlier ops are found: the delete op itself has no text
      for (const row of sql.opsAbout.all(draft.siteId, annotationId)) {
        const original = JSON.parse(row.body) as CommittedOp;
        // the tombstone keeps its place in the log whatever the rewrite returns
        const erased = { ...eraseContent(original), seq: original.seq, opId: original.opId, siteId: original.siteId };
        sql.rewriteOp.run(JSON.stringify(erased), draft.siteId, row.seq);
      }
    }

    sql.insertOp.run({
      site_id: draft.siteId,
      seq,
      op_id: draft.opId,
      session_id: draft.sessionId,
      type: draft.type,
      // indexed so that deleting an annotation finds every op that carries its text
      target_id: opTargetId(op),
      at: draft.at,
      body,
    });

    if (effects?.ballot) {
      const { sessionId, questionId, participantId, ballot } = effects.ballot;
      sql.upsertBallot.run({
        session_id: sessionId,
        question_id: questionId,
        participant_id: participantId,
        ballot: JSON.stringify(ballot),
      });
    }

    return JSON.parse(body);
  }
}
