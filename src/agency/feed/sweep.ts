/**
 * The visibility sweep: appointments whose window has closed (three months after the end, 90
 * days after an appeal went to court, 10 days after release) are withdrawn, which appends their
 * deletes to the feed; overdue completion requests close. Runs when the control clock moves and
 * on the first request of each new agency day.
 */
import { isVisible } from '../../shared/domain/visibility.ts';
import { expireCompletionRequests } from '../claims/lifecycle.ts';
import { withdrawAppointment } from '../cases/emit.ts';
import type { Agency } from '../context.ts';
import { getMeta, setMeta } from '../store/db.ts';

export function sweep(agency: Agency): void {
  const today = agency.clock.today();
  agency.db.transaction(() => {
    const rows = agency.db
      .prepare(
        `SELECT id, ended_on, released_on, appeal_handed_on FROM appointments
         WHERE withdrawn = 0 AND (ended_on IS NOT NULL OR released_on IS NOT NULL OR appeal_handed_on IS NOT NULL)`,
      )
      .all() as { id: string; ended_on: string | null; released_on: string | null; appeal_handed_on: string | null }[];
    for (const r of rows) {
      if (!isVisible({ endedOn: r.ended_on, appealHandedToCourtOn: r.appeal_handed_on, releasedOn: r.released_on }, today)) {
        withdrawAppointment(agency, r.id);
      }
    }
    expireCompletionRequests(agency);
    setMeta(agency.db, 'last_sweep_date', today);
  })();
}

export function sweepIfDayChanged(agency: Agency): void {
  if (getMeta(agency.db, 'last_sweep_date') !== agency.clock.today()) sweep(agency);
}
