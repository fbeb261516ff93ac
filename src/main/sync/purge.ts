import type { Db } from '../store/database.ts';
import { AGENCY_TABLES } from './entity-tables.ts';

/**
 * Removing an appointment takes with it what is only reachable through it: its documents, the
 * individual (unless another appointment of the same counsel names them), the group when it has
 * no appointment left, and that group's claims. Returns the digests of removed documents so
 * their files can be deleted once nothing refers to them.
 */
export function purgeAppointment(db: Db, counselId: string, appointmentId: string): string[] {
  const row = db
    .prepare('SELECT individual_id, group_id, released_on, ended_on, visible_until, data FROM appointment WHERE counsel_id = ? AND agency_id = ?')
    .get(counselId, appointmentId) as
    | { individual_id: string; group_id: string; released_on: string | null; ended_on: string | null; visible_until: string | null; data: string }
    | undefined;
  if (row) noticePurge(db, counselId, row);
  const shas = (db.prepare('SELECT sha256 FROM document WHERE counsel_id = ? AND appointment_id = ?').all(counselId, appointmentId) as {
    sha256: string;
  }[]).map((r) => r.sha256);
  db.prepare('DELETE FROM document WHERE counsel_id = ? AND appointment_id = ?').run(counselId, appointmentId);
  db.prepare('DELETE FROM appointment WHERE counsel_id = ? AND agency_id = ?').run(counselId, appointmentId);
  if (!row) return shas;
  const stillNamed = db.prepare('SELECT 1 FROM appointment WHERE counsel_id = ? AND individual_id = ? LIMIT 1').get(counselId, row.individual_id);
  if (!stillNamed) db.prepare('DELETE FROM individual WHERE counsel_id = ? AND agency_id = ?').run(counselId, row.individual_id);
  const groupLives = db.prepare('SELECT 1 FROM appointment WHERE counsel_id = ? AND group_id = ? LIMIT 1').get(counselId, row.group_id);
  if (!groupLives) {
    db.prepare('DELETE FROM appointment_group WHERE counsel_id = ? AND agency_id = ?').run(counselId, row.group_id);
    db.prepare('DELETE FROM claim WHERE counsel_id = ? AND group_id = ?').run(counselId, row.group_id);
    const groupDocs = db.prepare('SELECT sha256 FROM document WHERE counsel_id = ? AND group_id = ?').all(counselId, row.group_id) as {
      sha256: string;
    }[];
    shas.push(...groupDocs.map((r) => r.sha256));
    db.prepare('DELETE FROM document WHERE counsel_id = ? AND group_id = ?').run(counselId, row.group_id);
  }
  return shas;
}

/** Everything of one counsel: the delegation was removed, or a full re-sync starts over. */
export function purgeCounsel(db: Db, counselId: string): string[] {
  const shas = (db.prepare('SELECT sha256 FROM document WHERE counsel_id = ?').all(counselId) as { sha256: string }[]).map((r) => r.sha256);
  for (const table of AGENCY_TABLES) db.prepare(`DELETE FROM ${table} WHERE counsel_id = ?`).run(counselId);
  return shas;
}

/**
 * Appointments whose visibility window has passed by the agency's calendar, removed even when
 * the agency could not be asked (a laptop offline for weeks must not keep them).
 */
export function expireAppointments(db: Db, agencyToday: string): { counselId: string; appointmentId: string; shas: string[] }[] {
  const due = db
    .prepare('SELECT counsel_id, agency_id FROM appointment WHERE visible_until IS NOT NULL AND visible_until < ?')
    .all(agencyToday) as { counsel_id: string; agency_id: string }[];
  return due.map((r) => ({ counselId: r.counsel_id, appointmentId: r.agency_id, shas: purgeAppointment(db, r.counsel_id, r.agency_id) }));
}

/** Digests among `shas` that no document row refers to any more. */
export function unreferenced(db: Db, shas: Iterable<string>): string[] {
  const used = db.prepare('SELECT 1 FROM document WHERE sha256 = ? LIMIT 1');
  return [...new Set(shas)].filter((sha) => !used.get(sha));
}

/**
 * Records why an appointment left, for the person to read once (B2). Only the individnummer is
 * kept, not the name: enough to recognise the case, little to keep of a purged one.
 */
function noticePurge(
  db: Db,
  counselId: string,
  row: { individual_id: string; released_on: string | null; ended_on: string | null; data: string },
): void {
  const number = db.prepare('SELECT individual_number FROM individual WHERE counsel_id = ? AND agency_id = ?').pluck().get(counselId, row.individual_id) as
    | string
    | undefined;
  if (!number) return;
  const appealHanded = (JSON.parse(row.data) as { appealHandedToCourtOn?: string | null }).appealHandedToCourtOn ?? null;
  // The same order of rules as the visibility window (shared/domain/visibility.ts); an appointment
  // withdrawn while active was moved or given to other counsel.
  const reason = row.released_on ? 'released' : appealHanded ? 'appeal' : row.ended_on ? 'ended' : 'withdrawn';
  db.prepare('INSERT INTO purge_notice (counsel_id, individual_number, reason, purged_at) VALUES (?, ?, ?, ?)').run(
    counselId,
    number,
    reason,
    new Date().toISOString(),
  );
}
