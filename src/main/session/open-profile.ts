import { join } from 'node:path';
import { AgencyClient } from '../agency/client.ts';
import { TokenManager } from '../agency/token-manager.ts';
import { FileStore } from '../files/file-store.ts';
import type { Keychain } from '../keychain/keychain.ts';
import { loadRefreshToken, saveRefreshToken } from '../profiles/profile-key.ts';
import type { ProfileRecord } from '../profiles/registry.ts';
import { openDatabase, type Db } from '../store/database.ts';

export interface OpenProfileOptions {
  record: ProfileRecord;
  dir: string;
  key: Buffer;
  keychain: Keychain;
  agencyUrl: string;
  onSignInRequired(): void;
  onReachability(reached: boolean): void;
}

/** What features use of an open profile: its connection, files and agency client. */
export type ProfileServices = Pick<OpenProfile, 'db' | 'files' | 'tokens' | 'client'>;

/**
 * An unlocked profile: its key, its database connections, its files and its agency sign-in.
 * Exists only between unlock and lock; close() wipes the key and closes everything.
 */
export class OpenProfile {
  readonly record: ProfileRecord;
  /** The connection for the person's own writes and for reads (synchronous = FULL). */
  readonly db: Db;
  /** Sync's own connection: agency tables only. */
  readonly syncDb: Db;
  readonly files: FileStore;
  readonly tokens: TokenManager;
  readonly client: AgencyClient;
  readonly #key: Buffer;

  private constructor(options: OpenProfileOptions, refreshToken: string | null) {
    this.record = options.record;
    this.#key = options.key;
    const path = join(options.dir, 'profile.db');
    this.db = openDatabase(path, options.key, { synchronous: 'FULL', migrate: true });
    this.syncDb = openDatabase(path, options.key, { synchronous: 'NORMAL', migrate: false });
    this.files = new FileStore(join(options.dir, 'files'), options.key);
    const { keychain, record, key } = options;
    this.tokens = new TokenManager(
      {
        agencyUrl: options.agencyUrl,
        saveRefreshToken: (token) => saveRefreshToken(keychain, record.id, key, token),
        onSignInRequired: options.onSignInRequired,
      },
      refreshToken,
    );
    this.client = new AgencyClient({ agencyUrl: options.agencyUrl, tokens: this.tokens, onReachability: options.onReachability });
  }

  static async open(options: OpenProfileOptions): Promise<OpenProfile> {
    const refresh = await loadRefreshToken(options.keychain, options.record.id, options.key);
    const profile = new OpenProfile(options, refresh);
    await profile.files.clearTemporary();
    return profile;
  }

  close(): void {
    this.tokens.clear();
    this.files.close();
    this.syncDb.close();
    this.db.close();
    this.#key.fill(0);
  }
}
