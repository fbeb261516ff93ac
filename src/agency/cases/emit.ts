/**
 * Publishing case changes to the feed, and withdrawing access. A withdrawn appointment goes out
 * as deletes of itself and everything under it: its documents, notifications and bookings, the
 * individual, and, when no appointment of the group is left, the group and its claims.
 */
import type { Agency } from '../context.ts';
import { toAppointment, toGroup, toIndividual } from './entities.ts';
import { appointmentRow, groupAppointments, groupRow, individualRow } from './rows.ts';

export function emitAppointment(agency: Agency, appointmentId: string): void {
  const row = appointmentRow(agency, appointmentId);
  if (!row || row.withdrawn) return;
  agency.feed.upsert(row.counsel_id, 'appointment', row.id, toAppointment(row));
}

export function emitIndividual(agency: Agency, appointmentId: string): void {
  const row = appointmentRow(agency, appointmentId);
  if (!row || row.withdrawn) return;
  const individual = individualRow(agency, row.individual_id);
  if (!individual) return;
  agency.feed.upsert(row.counsel_id, 'individual', individual.id, toIndividual(individual, row.released_on !== null));
}

export function emitGroup(agency: Agency, groupId: string): void {
  const row = groupRow(agency, groupId);
  if (!row || row.withdrawn) return;
  agency.feed.upsert(row.counsel_id, 'group', row.id, toGroup(row));
}

export function withdrawAppointment(agency: Agency, appointmentId: string): void {
  const row = appointmentRow(agency, appointmentId);
  if (!row || row.withdrawn) return;
  const { db, feed } = agency;
  const counsel = row.counsel_id;
  db.prepare('UPDATE appointments SET withdrawn = 1 WHERE id = ?').run(row.id);
  feed.remove(counsel, 'appointment', row.id);
  feed.remove(counsel, 'individual', row.individual_id);
  for (const { id } of db.prepare('SELECT id FROM documents WHERE appointment_id = ?').all(row.id) as { id: string }[]) {
    feed.remove(counsel, 'document', id);
  }
  for (const { id } of db.prepare('SELECT id FROM notifications WHERE appointment_id = ?').all(row.id) as { id: string }[]) {
    feed.remove(counsel, 'notification', id);
  }
  for (const { id } of db.prepare('SELECT id FROM bookings WHERE appointment_id = ?').all(row.id) as { id: string }[]) {
    feed.remove(counsel, 'booking', id);
  }
  if (groupAppointments(agency, row.group_id).length === 0) {
    db.prepare('UPDATE groups SET withdrawn = 1 WHERE id = ?').run(row.group_id);
    feed.remove(counsel, 'group', row.group_id);
    for (const { id } of db.prepare('SELECT id FROM claims WHERE group_id = ?').all(row.group_id) as { id: string }[]) {
      db.prepare('UPDATE claims SET withdrawn = 1 WHERE id = ?').run(id);
      feed.remove(counsel, 'claim', id);
      for (const n of db.prepare('SELECT id FROM notifications WHERE claim_id = ?').all(id) as { id: string }[]) {
        feed.remove(counsel, 'notification', n.id);
      }
    }
  }
}
