import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { eraseContent } from '../../core/domain/redact.ts';
import {
  SITE_A,
  annotationCreate,
  annotationDelete,
  ballotCast,
  ballotEffectOf,
  participantContext,
  participantRecord,
  sessionRecord,
} from '../../../test/contract/fixtures.ts';
import { describeStorageContract } from '../../../test/contract/storage-contract.ts';
import { MIGRATIONS, SchemaTooNewError, migrate } from './migrations.ts';
import { openStorage } from './open-storage.ts';
import { SqliteStorage } from './sqlite-storage.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongjian-sqlite-'));
let files = 0;
const freshFile = () => join(dir, `storage-${++files}.sqlite`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStorageContract('sqlite', async () => new SqliteStorage(freshFile()));

/** The schema as SQLite itself describes it, to compare before and after. */
function schemaOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      userVersion: db.pragma('user_version', { simple: true }),
      objects: db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all(),
    };
  } finally {
    db.close();
  }
}

describe('SqliteStorage on a file', () => {
  it('keeps sessions, participants, ops, erasures and ballots across a reopen', async () => {
    const file = freshFile();
    const first = await openStorage({ kind: 'sqlite', file });
    const session = sessionRecord(SITE_A, { isDemo: true });
    const participant = participantRecord(SITE_A);
    await first.createSession(session);
    await first.createParticipant(participant);
    const ctx = participantContext(session, participant);
    const tree = annotationCreate(ctx);
    const treeId = (tree.payload as { id: string }).id;
    const vote = ballotCast(ctx);
    await first.commit(tree);
    await first.commit(vote, { ballot: ballotEffectOf(vote) });
    await first.commit(annotationDelete(ctx, treeId), { erase: { annotationId: treeId, eraseContent } });
    const log = await first.readOps(SITE_A, 0, 100);
    await first.close();

    const reopened = await openStorage({ kind: 'sqlite', file });
    try {
      expect(await reopened.findDemoSession(SITE_A)).toEqual(session);
      expect(await reopened.findParticipantByToken(SITE_A, participant.tokenHash)).toEqual(participant);
      expect(await reopened.readOps(SITE_A, 0, 100)).toEqual(log);
      expect(await reopened.headSeq(SITE_A)).toBe(3);
      expect(await reopened.listBallots(session.id)).toEqual([ballotEffectOf(vote)]);
      expect((await reopened.commit(annotationCreate(ctx))).seq).toBe(4);
    } finally {
      await reopened.close();
    }
  });

  it('runs migrations once: init again, or migrate again, changes nothing', async () => {
    const file = freshFile();
    const storage = await openStorage({ kind: 'sqlite', file });
    const migrated = schemaOf(file);
    expect(migrated.userVersion).toBe(MIGRATIONS.length);
    await storage.init();
    await storage.close();

    const db = new Database(file);
    migrate(db);
    db.close();
    expect(schemaOf(file)).toEqual(migrated);
  });

  it('refuses a database written by a newer version, with a clear error', async () => {
    const file = freshFile();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();

    const opening = openStorage({ kind: 'sqlite', file });
    await expect(opening).rejects.toBeInstanceOf(SchemaTooNewError);
    await expect(opening).rejects.toThrow(/schema version \d+ is newer than this build of Gongjian/);
    // and leaves it alone
    expect(schemaOf(file)).toEqual({ userVersion: MIGRATIONS.length + 1, objects: [] });
  });

  it('rolls back a migration step that fails, version bump included', () => {
    const db = new Database(freshFile());
    const broken = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: 'broken', up: 'CREATE TABLE half_done (x INTEGER); NOT SQL' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a migration list with a gap', () => {
    const db = new Database(':memory:');
    const gap = [{ ...MIGRATIONS[0]!, version: 2 }];
    expect(() => migrate(db, gap)).toThrow(/expected 1/);
    db.close();
  });

  it('writes ahead (journal_mode WAL)', async () => {
    const file = freshFile();
    const storage = await openStorage({ kind: 'sqlite', file });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    await storage.close();
  });

  it('continues the seq when two connections write to one file', async () => {
    const file = freshFile();
    const one = await openStorage({ kind: 'sqlite', file });
    const two = await openStorage({ kind: 'sqlite', file });
    const session = sessionRecord(SITE_A);
    const participant = participantRecord(SITE_A);
    await one.createSession(session);
    await one.createParticipant(participant);
    const ctx = participantContext(session, participant);
    const seqs = [];
    for (const storage of [one, two, two, one]) seqs.push((await storage.commit(annotationCreate(ctx))).seq);
    expect(seqs).toEqual([1, 2, 3, 4]);
    await one.close();
    await two.close();
  });

  it('creates the folder of its file', async () => {
    const file = join(dir, 'not', 'yet', 'there', 'gongjian.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    expect(await storage.ping()).toBe(true);
    await storage.close();
  });

  it('says so when used before init()', async () => {
    const storage = new SqliteStorage(':memory:');
    await expect(storage.headSeq(SITE_A)).rejects.toThrow(/before init\(\)/);
    await storage.close();
  });
});
