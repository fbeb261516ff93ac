import type { Db } from '../store/database.ts';

/** Opening the same overview again within this long is the same visit: its new marks stay. */
const VISIT_GAP_MS = 30 * 60_000;

/**
 * Records that the person opened an individual's overview and answers since when documents
 * count as new: the start of the previous visit (null on the first).
 */
export function recordVisit(db: Db, counselId: string, appointmentId: string, now = new Date()): string | null {
  const row = db
    .prepare('SELECT previous_visit_at AS previous, last_visit_at AS last FROM overview_visit WHERE counsel_id = ? AND appointment_id = ?')
    .get(counselId, appointmentId) as { previous: string | null; last: string } | undefined;
  const at = now.toISOString();
  if (!row) {
    db.prepare('INSERT INTO overview_visit (counsel_id, appointment_id, previous_visit_at, last_visit_at) VALUES (?, ?, NULL, ?)').run(counselId, appointmentId, at);
    return null;
  }
  const newVisit = now.getTime() - Date.parse(row.last) > VISIT_GAP_MS;
  const previous = newVisit ? row.last : row.previous;
  db.prepare('UPDATE overview_visit SET previous_visit_at = ?, last_visit_at = ? WHERE counsel_id = ? AND appointment_id = ?').run(
    previous,
    at,
    counselId,
    appointmentId,
  );
  return previous;
}
