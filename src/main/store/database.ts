import Database from 'better-sqlite3-multiple-ciphers';
import { ContractFailure } from '../../shared/contract/result.ts';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * FULL for the connection that writes what the person did (outbox, drafts): a power cut never
   * loses it. The sync connection may use NORMAL: WAL keeps it consistent, and a lost last page
   * is fetched again.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /** Run the migrations (the owning connection does; others only open). */
  migrate?: boolean;
}

/**
 * Opens a profile database with SQLCipher and the profile's raw 256-bit key (no passphrase
 * stretching on every open: the key is already random). A wrong key fails here, not later.
 */
export function openDatabase(path: string, key: Buffer, options: OpenOptions = {}): Db {
  if (key.length !== 32) throw new RangeError('profile key must be 32 bytes');
  const db = new Database(path);
  try {
    db.pragma("cipher='sqlcipher'");
    db.pragma('legacy=4');
    db.pragma(`key="x'${key.toString('hex')}'"`);
    // Fails with "file is not a database" when the key is wrong.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 10000');
    // Sorts and temporary indexes stay in memory: nothing decrypted is spilled to a temp file.
    db.pragma('temp_store = MEMORY');
    if (options.migrate ?? true) migrate(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ContractFailure) throw error;
    const notDb = error instanceof Error && /not a database|file is encrypted/i.test(error.message);
    throw new ContractFailure({
      code: 'PROFILE_UNREADABLE',
      message: notDb ? 'The profile database does not open with this key' : 'The profile database could not be opened',
    });
  }
}
