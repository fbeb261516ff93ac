/**
 * Availability (manual 5.1–5.2): intervals per day. Adding over a period (or selected days) on
 * chosen weekdays overwrites the overlapping parts of intervals already there; at most 24 months
 * ahead. Removing clears a period or one interval; bookings are never touched.
 */
import type { AddAvailabilityRequest, AvailabilityChange } from '../../shared/agency/calendar.ts';
import type { Availability } from '../../shared/agency/entities.ts';
import { addDays, compareIsoDate, daysBetween, isoWeekday } from '../../shared/domain/dates.ts';
import { isAvailabilityTooFar, latestAvailabilityDate } from '../../shared/domain/deadlines.ts';
import { newId, type Agency } from '../context.ts';
import { Rejection } from '../http/reply.ts';

const MAX_SPAN_DAYS = 800;

function datesOf(input: AddAvailabilityRequest): string[] {
  if (input.dates && input.dates.length > 0) return [...new Set(input.dates)].sort();
  if (!input.from || !input.to) {
    throw new Rejection('VALIDATION', { issues: [{ path: 'from', message: 'Give from and to, or dates' }] });
  }
  const span = daysBetween(input.from, input.to);
  if (span < 0 || span > MAX_SPAN_DAYS) throw new Rejection('VALIDATION', { issues: [{ path: 'to', message: 'to must be on or after from, within 800 days' }] });
  return Array.from({ length: span + 1 }, (_, i) => addDays(input.from!, i));
}

function emit(agency: Agency, counselId: string, a: Availability): void {
  agency.feed.upsert(counselId, 'availability', a.id, a);
}

export function addAvailability(agency: Agency, counselId: string, input: AddAvailabilityRequest): AvailabilityChange {
  if (input.start >= input.end) throw new Rejection('INVALID_INTERVAL', { start: input.start, end: input.end });
  const today = agency.clock.today();
  const weekdays = new Set(input.weekdays);
  const dates = datesOf(input).filter((d) => weekdays.has(isoWeekday(d)));
  for (const d of dates) {
    if (compareIsoDate(d, today) < 0) throw new Rejection('PAST_DATE', { date: d, today });
    if (isAvailabilityTooFar(d, today)) throw new Rejection('AVAILABILITY_TOO_FAR', { date: d, latest: latestAvailabilityDate(today) });
  }
  const onDay = agency.db.prepare('SELECT id, date, start, end FROM availability WHERE counsel_id = ? AND date = ?');
  const update = agency.db.prepare('UPDATE availability SET start = ?, end = ? WHERE id = ?');
  const insert = agency.db.prepare('INSERT INTO availability (id, counsel_id, date, start, end) VALUES (?, ?, ?, ?, ?)');
  const del = agency.db.prepare('DELETE FROM availability WHERE id = ?');
  const change: AvailabilityChange = { upserted: [], deletedIds: [] };

  for (const date of dates) {
    for (const old of onDay.all(counselId, date) as Availability[]) {
      if (!(old.start < input.end && input.start < old.end)) continue;
      // Keep what lies outside the new interval; the overlap is overwritten.
      const pieces: [string, string][] = [];
      if (old.start < input.start) pieces.push([old.start, input.start]);
      if (old.end > input.end) pieces.push([input.end, old.end]);
      if (pieces.length === 0) {
        del.run(old.id);
        agency.feed.remove(counselId, 'availability', old.id);
        change.deletedIds.push(old.id);
        continue;
      }
      const [first, second] = pieces;
      update.run(first![0], first![1], old.id);
      const kept = { id: old.id, date, start: first![0], end: first![1] };
      emit(agency, counselId, kept);
      change.upserted.push(kept);
      if (second) {
        const split = { id: newId('avl'), date, start: second[0], end: second[1] };
        insert.run(split.id, counselId, date, split.start, split.end);
        emit(agency, counselId, split);
        change.upserted.push(split);
      }
    }
    const added = { id: newId('avl'), date, start: input.start, end: input.end };
    insert.run(added.id, counselId, date, added.start, added.end);
    emit(agency, counselId, added);
    change.upserted.push(added);
  }
  return change;
}

export function removeAvailability(agency: Agency, counselId: string, from: string, to: string): AvailabilityChange {
  if (compareIsoDate(from, to) > 0) throw new Rejection('VALIDATION', { issues: [{ path: 'to', message: 'to must be on or after from' }] });
  const ids = agency.db.prepare('SELECT id FROM availability WHERE counsel_id = ? AND date BETWEEN ? AND ?').pluck().all(counselId, from, to) as string[];
  const del = agency.db.prepare('DELETE FROM availability WHERE id = ?');
  for (const id of ids) {
    del.run(id);
    agency.feed.remove(counselId, 'availability', id);
  }
  return { upserted: [], deletedIds: ids };
}

export function deleteInterval(agency: Agency, counselId: string, id: string): AvailabilityChange {
  const result = agency.db.prepare('DELETE FROM availability WHERE id = ? AND counsel_id = ?').run(id, counselId);
  if (result.changes === 0) throw new Rejection('NOT_FOUND', { availabilityId: id });
  agency.feed.remove(counselId, 'availability', id);
  return { upserted: [], deletedIds: [id] };
}
