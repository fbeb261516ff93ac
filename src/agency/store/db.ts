/** Opens the agency's SQLite store (unencrypted: it plays the agency, not a client). */
import Database from 'better-sqlite3-multiple-ciphers';
import { SCHEMA, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  // The demo agency may lose its last transaction in a power cut; its clients may not.
  db.pragma('synchronous = NORMAL');
  return db;
}

export function createSchema(db: Db): void {
  db.exec(SCHEMA);
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
