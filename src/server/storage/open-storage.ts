import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MemoryStorage } from './memory-storage.ts';
import { SqliteStorage } from './sqlite-storage.ts';
import type { Storage } from './storage.ts';

export type StorageConfig = { kind: 'sqlite'; file: string } | { kind: 'memory' };

/** Builds the configured storage and runs its migrations, so callers get one that is ready to use. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
  const storage = config.kind === 'memory' ? new MemoryStorage() : openSqlite(config.file);
  try {
    await storage.init();
  } catch (error) {
    await storage.close();
    throw error;
  }
  return storage;
}

function openSqlite(file: string): SqliteStorage {
  // a fresh checkout has no data/ folder yet; SQLite creates the file but not its folder
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  return new SqliteStorage(file);
}
