/** Rows of the case tables and the look-ups the rules need. */
import type { Agency } from '../context.ts';
import { Rejection } from '../http/reply.ts';

export interface AppointmentRow {
  id: string;
  counsel_id: string;
  group_id: string;
  individual_id: string;
  started_on: string;
  workplace_id: string | null;
  ended_on: string | null;
  released_on: string | null;
  appeal_handed_on: string | null;
  decided_on: string | null;
  notified_on: string | null;
  outcome: string | null;
  decision_document_id: string | null;
  withdrawn: number;
}

export interface IndividualRow {
  id: string;
  individual_number: string;
  name: string;
  birth_date: string;
  citizenship: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  protected: number;
}

export interface GroupRow {
  id: string;
  counsel_id: string;
  main_individual_id: string;
  created_on: string;
  withdrawn: number;
}

export function appointmentRow(agency: Agency, id: string): AppointmentRow | undefined {
  return agency.db.prepare('SELECT * FROM appointments WHERE id = ?').get(id) as AppointmentRow | undefined;
}

/** An appointment counsel can still see; anything else is NOT_FOUND, as if it never existed. */
export function visibleAppointment(agency: Agency, counselId: string, id: string): AppointmentRow {
  const row = appointmentRow(agency, id);
  if (!row || row.counsel_id !== counselId || row.withdrawn) throw new Rejection('NOT_FOUND', { appointmentId: id });
  return row;
}

export function individualRow(agency: Agency, id: string): IndividualRow | undefined {
  return agency.db.prepare('SELECT * FROM individuals WHERE id = ?').get(id) as IndividualRow | undefined;
}

export function groupRow(agency: Agency, id: string): GroupRow | undefined {
  return agency.db.prepare('SELECT * FROM groups WHERE id = ?').get(id) as GroupRow | undefined;
}

/** The counsel's live appointments in a group. */
export function groupAppointments(agency: Agency, groupId: string): AppointmentRow[] {
  return agency.db.prepare('SELECT * FROM appointments WHERE group_id = ? AND withdrawn = 0 ORDER BY id').all(groupId) as AppointmentRow[];
}

/** The appointment of the group's main individual (whose case decides whether claims are processed). */
export function mainAppointment(agency: Agency, groupId: string): AppointmentRow | undefined {
  return agency.db
    .prepare('SELECT a.* FROM appointments a JOIN groups g ON g.id = a.group_id AND g.main_individual_id = a.individual_id WHERE g.id = ?')
    .get(groupId) as AppointmentRow | undefined;
}
