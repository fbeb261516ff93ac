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
        -- 'document' (fetched from the agency), 'staged' (added to a submission not yet sent) or
        -- 'upload' (part of a queued submission).
        origin TEXT NOT NULL CHECK (origin IN ('document', 'staged', 'upload'))
      ) STRICT;
    `);
  },
};
