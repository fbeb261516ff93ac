import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Availability, AvailabilityChange, Booking } from '../../../src/shared/agency/index.ts';
import { addMonths, addDays } from '../../../src/shared/domain/dates.ts';
import { all, feedState, startTestAgency, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let erik: Api;
let today: string;
beforeAll(async () => {
  agency = await startTestAgency();
  erik = await agency.as('erik');
  today = (await agency.control.clock()).today;
});
afterAll(() => agency.close());

const AVAILABILITY = '/v1/counsel/erik/availability';

async function onDay(date: string): Promise<[string, string][]> {
  return all<Availability>(await feedState(erik, 'erik'), 'availability')
    .filter((a) => a.date === date)
    .map((a) => [a.start, a.end] as [string, string])
    .sort();
}

describe('availability', () => {
  it('adds intervals on the chosen weekdays of a period', async () => {
    // Monday 17 to Sunday 23 March 2025, Mondays and Wednesdays only.
    const r = await erik.post<AvailabilityChange>(AVAILABILITY, { from: '2025-03-17', to: '2025-03-23', weekdays: [1, 3], start: '08:00', end: '12:00' });
    expect(r.status).toBe(200);
    expect(r.body.upserted.map((a) => a.date)).toEqual(['2025-03-17', '2025-03-19']);
  });

  it('adds on selected days instead of a period', async () => {
    const r = await erik.post<AvailabilityChange>(AVAILABILITY, { dates: ['2025-05-06', '2025-05-08'], weekdays: [1, 2, 3, 4, 5, 6, 7], start: '13:00', end: '15:00' });
    expect(r.body.upserted.map((a) => a.date)).toEqual(['2025-05-06', '2025-05-08']);
  });

  it('overwrites the overlapping part of intervals already there', async () => {
    const date = '2025-03-24';
    await erik.post(AVAILABILITY, { from: date, to: date, weekdays: [1], start: '08:00', end: '12:00' });
    await erik.post(AVAILABILITY, { from: date, to: date, weekdays: [1], start: '14:00', end: '17:00' });
    await erik.post(AVAILABILITY, { from: date, to: date, weekdays: [1], start: '10:00', end: '15:00' });
    expect(await onDay(date)).toEqual([
      ['08:00', '10:00'],
      ['10:00', '15:00'],
      ['15:00', '17:00'],
    ]);
    await erik.post(AVAILABILITY, { from: date, to: date, weekdays: [1], start: '07:00', end: '18:00' });
    expect(await onDay(date)).toEqual([['07:00', '18:00']]);
  });

  it('accepts dates up to 24 months ahead and refuses the day after', async () => {
    const last = addMonths(today, 24);
    expect((await erik.post(AVAILABILITY, { dates: [last], weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '10:00' })).status).toBe(200);
    const r = await erik.post(AVAILABILITY, { dates: [addDays(last, 1)], weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '10:00' });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'AVAILABILITY_TOO_FAR', details: { latest: last } });
  });

  it('refuses past days and an end before the start', async () => {
    expect((await erik.post(AVAILABILITY, { dates: [addDays(today, -1)], weekdays: [1, 2, 3, 4, 5, 6, 7], start: '09:00', end: '10:00' })).body).toMatchObject({ code: 'PAST_DATE' });
    expect((await erik.post(AVAILABILITY, { dates: [today], weekdays: [1, 2, 3, 4, 5, 6, 7], start: '10:00', end: '09:00' })).body).toMatchObject({ code: 'INVALID_INTERVAL' });
  });

  it('removes a period or one interval, and bookings stay', async () => {
    const booked = await agency.control.post<{ bookingId: string }>('/control/bookings', { counselId: 'erik', date: '2025-03-26', start: '09:00', end: '11:00' });
    expect(booked.status).toBe(201);
    await erik.post(AVAILABILITY, { from: '2025-03-25', to: '2025-03-27', weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '16:00' });
    const removed = await erik.post<AvailabilityChange>(`${AVAILABILITY}/remove`, { from: '2025-03-25', to: '2025-03-26' });
    expect(removed.body.deletedIds).toHaveLength(2);
    expect(await onDay('2025-03-26')).toEqual([]);
    const [one] = all<Availability>(await feedState(erik, 'erik'), 'availability').filter((a) => a.date === '2025-03-27');
    expect((await erik.del(`${AVAILABILITY}/${one!.id}`)).status).toBe(200);
    expect(await onDay('2025-03-27')).toEqual([]);
    const bookings = all<Booking>(await feedState(erik, 'erik'), 'booking');
    expect(bookings.map((b) => b.id)).toContain(booked.body.bookingId);
  });

  it('lets an assistant work in the counsel’s calendar', async () => {
    const sara = await agency.as('sara');
    const r = await sara.post(AVAILABILITY, { dates: ['2025-05-05'], weekdays: [1], start: '09:00', end: '12:00' });
    expect(r.status).toBe(200);
  });
});
