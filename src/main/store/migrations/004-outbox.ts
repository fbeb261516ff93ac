import type { Migration } from '../migrate.ts';

/**
 * What the person sent and is waiting to be delivered: one row per operation (its id is the
 * idempotency key the agency sees), in order per target, with its files. Written with
 * synchronous=FULL by the core's connection: once the person has pressed send, a power cut does
 * not lose it. Never touched by a re-sync or a purge.
 */
export const outbox: Migration = {
  version: 4,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        op_id TEXT NOT NULL UNIQUE,
        -- The agency's Idempotency-Key: the same for every retry, new only when the person resends a rejected one.
        idempotency_key TEXT NOT NULL UNIQUE,
        counsel_id TEXT NOT NULL,
        target TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        summary TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'delivered', 'attention', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        delivered_at TEXT,
        receipt TEXT
      ) STRICT;
      CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
      CREATE INDEX outbox_target ON outbox (counsel_id, target, id);

      CREATE TABLE outbox_file (
        op_id TEXT NOT NULL REFERENCES outbox (op_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        pages INTEGER NOT NULL,
        upload_id TEXT,
        uploaded INTEGER NOT NULL DEFAULT 0,
        finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1)),
        PRIMARY KEY (op_id, position)
      ) STRICT;
    `);
  },
};
