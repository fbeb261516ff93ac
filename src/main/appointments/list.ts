import type { AppointmentRow, AppointmentSortColumn, ListAppointmentsInput, Page } from '../../shared/contract/appointments.ts';
import type { Db } from '../store/database.ts';
import { wordFilter } from './like.ts';
import { statusOf } from './status.ts';

const ORDER: Record<AppointmentSortColumn, string> = {
  individualNumber: 'i.individual_number',
  name: 'i.sort_name',
  citizenship: 'lower(i.citizenship)',
};

/** A row as the query returns it: the status is derived from the release and end dates. */
type Raw = Omit<AppointmentRow, 'status'> & { releasedOn: string | null };

/** The appointment list (B1): every word in some column, sorted by a column, a page at a time. */
export function listAppointments(db: Db, counselId: string, input: ListAppointmentsInput): Page<AppointmentRow> {
  const filter = wordFilter('i.search', input.query);
  const from = `FROM appointment a JOIN individual i ON i.counsel_id = a.counsel_id AND i.agency_id = a.individual_id
                WHERE a.counsel_id = ? AND ${filter.sql}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(counselId, ...filter.params) as number;
  const direction = input.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = db
    .prepare(
      `SELECT a.agency_id AS appointmentId, a.individual_id AS individualId, i.individual_number AS individualNumber,
              i.name, i.citizenship, a.group_id AS groupId, a.started_on AS startedOn, a.ended_on AS endedOn, a.released_on AS releasedOn,
              (SELECT count(*) FROM appointment g WHERE g.counsel_id = a.counsel_id AND g.group_id = a.group_id) AS groupSize
       ${from}
       ORDER BY ${ORDER[input.sort.column]} ${direction}, i.individual_number ${direction}
       LIMIT ? OFFSET ?`,
    )
    .all(counselId, ...filter.params, input.limit, input.offset) as Raw[];
  return {
    total,
    offset: input.offset,
    rows: rows.map(({ releasedOn, ...r }) => ({ ...r, status: statusOf({ releasedOn, endedOn: r.endedOn }) })),
  };
}
