import type { OutboxError, OutboxItem, OutboxState } from '../../shared/contract/outbox.ts';
import type { Db } from '../store/database.ts';

export interface OutboxRow {
  op_id: string;
  idempotency_key: string;
  counsel_id: string;
  target: string;
  kind: OutboxItem['kind'];
  payload: string;
  summary: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface OutboxFileRow {
  op_id: string;
  position: number;
  sha256: string;
  size: number;
  file_name: string;
  pages: number;
  upload_id: string | null;
  uploaded: number;
  finished: number;
}

/** Operations not yet delivered or withdrawn: what a sign-out asks about. */
export const PENDING_STATES: readonly OutboxState[] = ['queued', 'sending', 'attention'];

export function getRow(db: Db, opId: string): OutboxRow | undefined {
  return db.prepare('SELECT * FROM outbox WHERE op_id = ?').get(opId) as OutboxRow | undefined;
}

export function filesOf(db: Db, opId: string): OutboxFileRow[] {
  return db.prepare('SELECT * FROM outbox_file WHERE op_id = ? ORDER BY position').all(opId) as OutboxFileRow[];
}

/** The earlier operation for the same target that must be delivered (or withdrawn) first. */
export function blockerOf(db: Db, row: Pick<OutboxRow, 'op_id' | 'counsel_id' | 'target'>): string | null {
  return (
    (db
      .prepare(
        `SELECT p.op_id FROM outbox p JOIN outbox o ON o.op_id = ?
         WHERE p.counsel_id = o.counsel_id AND p.target = o.target AND p.id < o.id AND p.state IN ('queued', 'sending', 'attention')
         ORDER BY p.id LIMIT 1`,
      )
      .pluck()
      .get(row.op_id) as string | undefined) ?? null
  );
}

export function toItem(db: Db, row: OutboxRow): OutboxItem {
  return {
    opId: row.op_id,
    kind: row.kind,
    counselId: row.counsel_id,
    state: row.state,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    summary: JSON.parse(row.summary) as OutboxItem['summary'],
    files: filesOf(db, row.op_id).map((f) => ({ fileName: f.file_name, size: f.size, uploaded: f.uploaded })),
    lastError: row.last_error ? (JSON.parse(row.last_error) as OutboxError) : null,
    blockedBy: row.state === 'queued' ? blockerOf(db, row) : null,
  };
}

export function listItems(db: Db): OutboxItem[] {
  return (db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT 500').all() as OutboxRow[]).map((r) => toItem(db, r));
}

export function pendingCount(db: Db): number {
  return db.prepare(`SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', 'attention')`).pluck().get() as number;
}

/** Due operations whose target has nothing earlier waiting: order per target, no target blocks another. */
export function dueOperations(db: Db, now: string, limit: number): OutboxRow[] {
  return db
    .prepare(
      `SELECT o.* FROM outbox o
       WHERE o.state = 'queued' AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
         AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.counsel_id = o.counsel_id AND p.target = o.target AND p.id < o.id
                         AND p.state IN ('queued', 'sending', 'attention'))
       ORDER BY o.id LIMIT ?`,
    )
    .all(now, limit) as OutboxRow[];
}

export function nextWake(db: Db): string | null {
  return (db.prepare(`SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued' AND next_attempt_at IS NOT NULL`).pluck().get() as string | null) ?? null;
}

/** SQL true when a pending operation (queued, sending, rejected) still needs the file `f.sha256`. */
export const NEEDED_BY_OUTBOX = `EXISTS (SELECT 1 FROM outbox_file x JOIN outbox o ON o.op_id = x.op_id
  WHERE x.sha256 = f.sha256 AND o.state IN ('queued', 'sending', 'attention'))`;

/**
 * Files of the store nothing needs any more: uploads only withdrawn or delivered operations
 * referred to, and (with `staged`) files added to a submission that was never sent — no dialog
 * outlives a lock, so at unlock every staged file is abandoned.
 */
export function releasableUploads(db: Db, origins: readonly ('upload' | 'staged')[] = ['upload']): string[] {
  return db
    .prepare(
      `SELECT f.sha256 FROM stored_file f
       WHERE f.origin IN (${origins.map(() => '?').join(', ')})
         AND NOT ${NEEDED_BY_OUTBOX}
         AND NOT EXISTS (SELECT 1 FROM document d WHERE d.sha256 = f.sha256)`,
    )
    .pluck()
    .all(...origins) as string[];
}
