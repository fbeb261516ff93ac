/** Meetings the agency books in counsel's calendar (E1, E4). Counsel cannot change them. */
import type { Booking } from '../../shared/agency/entities.ts';
import { newId, type Agency } from '../context.ts';
import { Rejection } from '../http/reply.ts';

export interface NewBooking {
  id?: string;
  counselId: string;
  date: string;
  start: string;
  end: string;
  title?: string | undefined;
  place?: string | undefined;
  investigator?: string | undefined;
  participants?: string[] | undefined;
  appointmentId?: string | null | undefined;
}

export function createBooking(agency: Agency, b: NewBooking): Booking {
  if (b.start >= b.end) throw new Rejection('INVALID_INTERVAL', { start: b.start, end: b.end });
  const booking: Booking = {
    id: b.id ?? newId('bkg'),
    date: b.date,
    start: b.start,
    end: b.end,
    title: b.title ?? 'Asylutredning',
    place: b.place ?? 'Migrationsverket, Sundbybergsvägen 9, Solna, rum 4.12',
    investigator: b.investigator ?? 'Handläggare Karin Holm',
    participants: b.participants ?? [],
    appointmentId: b.appointmentId ?? null,
  };
  agency.db
    .prepare('INSERT INTO bookings (id, counsel_id, date, appointment_id, data) VALUES (?, ?, ?, ?, ?)')
    .run(booking.id, b.counselId, booking.date, booking.appointmentId, JSON.stringify(booking));
  agency.feed.upsert(b.counselId, 'booking', booking.id, booking);
  return booking;
}
