import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgencyClient } from '../../src/main/agency/client.ts';
import { TokenManager } from '../../src/main/agency/token-manager.ts';
import { FileStore } from '../../src/main/files/file-store.ts';
import { openDatabase, type Db } from '../../src/main/store/database.ts';
import { AGENCY_TABLES } from '../../src/main/sync/entity-tables.ts';
import { SyncEngine, type SyncDeps } from '../../src/main/sync/engine.ts';
import { signInAs } from './sign-in.ts';

export interface TestProfile {
  dir: string;
  key: Buffer;
  db: Db;
  files: FileStore;
  tokens: TokenManager;
  client: AgencyClient;
  engine: SyncEngine;
  signInRequired: () => number;
  close(): void;
}

/**
 * An encrypted profile signed in as a test identity, with the sync engine over it: the main
 * services as the core composes them, without the keychain (tested on its own).
 */
export async function testProfile(agencyUrl: string, identity: string, options: Partial<SyncDeps> & { dir?: string; key?: Buffer } = {}): Promise<TestProfile> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'profile-'));
  const key = options.key ?? randomBytes(32);
  const db = openDatabase(join(dir, 'profile.db'), key);
  const files = new FileStore(join(dir, 'files'), key);
  let required = 0;
  const tokens = new TokenManager({ agencyUrl, saveRefreshToken: async () => undefined, onSignInRequired: () => required++ }, null);
  await tokens.accept(await signInAs(agencyUrl, identity));
  const client = new AgencyClient({ agencyUrl, tokens });
  const engine = new SyncEngine({ db, files, client, ...options });
  return {
    dir,
    key,
    db,
    files,
    tokens,
    client,
    engine,
    signInRequired: () => required,
    close: () => {
      files.close();
      db.close();
    },
  };
}

/** Every agency row, in a stable order: two profiles with equal dumps hold the same copy. */
export function dumpAgencyTables(db: Db): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const table of AGENCY_TABLES) {
    out[table] = (db.prepare(`SELECT counsel_id || ' ' || agency_id || ' ' || data FROM ${table} ORDER BY counsel_id, agency_id`).pluck().all() as string[]);
  }
  return out;
}

export const countRows = (db: Db, table: string, where = '1 = 1', ...params: unknown[]) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get(...params) as number;
