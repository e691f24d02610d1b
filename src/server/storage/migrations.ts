import type Database from 'better-sqlite3';

/** One schema step. `version` counts 1, 2, 3, … and is what `PRAGMA user_version` holds after `up`. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

/**
 * The schema's history, oldest first. Append only: a released step is never edited, because
 * databases in the field already ran it; fix mistakes with a new step.
 * Tables are STRICT so that a float or a string can never slip into an integer column.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, participants, op log, ballots',
    up: `
      CREATE TABLE sessions (
        id                    TEXT    PRIMARY KEY,
        site_id               TEXT    NOT NULL,
        code                  TEXT    NOT NULL UNIQUE,
        facilitator_key_hash  TEXT    NOT NULL,
        created_at            INTEGER NOT NULL,
        is_demo               INTEGER NOT NULL CHECK (is_demo IN (0, 1))
      ) STRICT;

      -- at most one demo session per site
      CREATE UNIQUE INDEX sessions_one_demo_per_site ON sessions (site_id) WHERE is_demo = 1;

      CREATE TABLE participants (
        id          TEXT    PRIMARY KEY,
        site_id     TEXT    NOT NULL,
        token_hash  TEXT    NOT NULL,
        name        TEXT,
        created_at  INTEGER NOT NULL,
        UNIQUE (site_id, token_hash)
      ) STRICT;

      -- One log per site; (site_id, seq) as primary key makes a duplicate seq impossible.
      -- body is the whole CommittedOp as JSON; the other columns exist to be queried.
      CREATE TABLE ops (
        site_id     TEXT    NOT NULL,
        seq         INTEGER NOT NULL CHECK (seq > 0),
        op_id       TEXT    NOT NULL UNIQUE,
        session_id  TEXT,
        type        TEXT    NOT NULL,
        target_id   TEXT,   -- the annotation id for annotation.* ops, else NULL
        at          INTEGER NOT NULL,
        body        TEXT    NOT NULL CHECK (json_valid(body)),
        PRIMARY KEY (site_id, seq)
      ) STRICT;

      -- finds the ops to erase when an annotation is deleted
      CREATE INDEX ops_by_target ON ops (site_id, target_id) WHERE target_id IS NOT NULL;

      -- One ballot per participant per question, by construction.
      CREATE TABLE ballots (
        session_id      TEXT NOT NULL REFERENCES sessions (id),
        question_id     TEXT NOT NULL,
        participant_id  TEXT NOT NULL REFERENCES participants (id),
        ballot          TEXT NOT NULL CHECK (json_valid(ballot)),
        PRIMARY KEY (session_id, question_id, participant_id)
      ) STRICT;
    `,
  },
];

/** Thrown when a database file was written by a newer Gongjian than this one. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `database schema version ${found} is newer than this build of Gongjian understands (up to ${known}); ` +
        'run a newer Gongjian or point it at another database file',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Versions must be 1, 2, 3, … in order: a gap or a repeat would silently skip a step. */
function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the last known version. Each step runs in its own immediate
 * transaction together with its user_version bump, so a crash leaves the database at a whole
 * step, and a second process opening the same file at the same moment waits instead of
 * running the step twice (the version is read again under the lock).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  assertOrdered(migrations);
  const known = migrations.length;
  const found = userVersion(db);
  if (found > known) throw new SchemaTooNewError(found, known);

  for (const migration of migrations) {
    const applyStep = db.transaction(() => {
      if (userVersion(db) >= migration.version) return;
      db.exec(migration.up);
      // user_version lives in the file header page, so this write commits or rolls back with the step
      db.pragma(`user_version = ${migration.version}`);
    });
    applyStep.immediate();
  }
}
