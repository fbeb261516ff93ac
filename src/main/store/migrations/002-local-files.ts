import type { Migration } from '../migrate.ts';

/**
 * Local state the person's work depends on, never touched by a re-sync: which document
 * contents are stored in the encrypted file store.
 */
export const localFiles: Migration = {
  version: 2,
  name: 'local file store index',
  up(db) {
    db.exec(`
      CREATE TABLE stored_file (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        -- 'document' (fetched from the agency) or 'upload' (a file the person queued to send).
        origin TEXT NOT NULL CHECK (origin IN ('document', 'upload'))
      ) STRICT;
    `);
  },
};
