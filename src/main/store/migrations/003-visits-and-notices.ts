import type { Migration } from '../migrate.ts';

/**
 * The person's own reading state and what they must be told: when they last opened each
 * individual's overview (new documents are those published since), and appointments that left
 * this computer, kept until the person has seen why.
 */
export const visitsAndNotices: Migration = {
  version: 3,
  name: 'document visits and purge notices',
  up(db) {
    db.exec(`
      CREATE TABLE overview_visit (
        counsel_id TEXT NOT NULL,
        appointment_id TEXT NOT NULL,
        previous_visit_at TEXT,
        last_visit_at TEXT NOT NULL,
        PRIMARY KEY (counsel_id, appointment_id)
      ) STRICT;

      CREATE TABLE purge_notice (
        id INTEGER PRIMARY KEY,
        counsel_id TEXT NOT NULL,
        individual_number TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('released', 'ended', 'appeal', 'withdrawn')),
        purged_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
