import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Appointment, Individual } from '../../../src/shared/agency/index.ts';
import { addDays, addMonths } from '../../../src/shared/domain/dates.ts';
import { applyChanges, newCase, readFeed, startTestAgency, type Api, type TestAgency } from './helpers.ts';

// Each test gets a fresh agency: they move the clock by months.
let agency: TestAgency;
let anna: Api;
beforeEach(async () => {
  await agency?.close();
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

async function visible(cursorState: { cursor: string; state: ReturnType<typeof applyChanges> }, appointmentId: string): Promise<boolean> {
  // Tokens expire as the clock moves: sign in again like the app would.
  anna = await agency.as('anna');
  const page = await readFeed(anna, 'anna', cursorState.cursor);
  cursorState.cursor = page.cursor;
  applyChanges(page.changes, cursorState.state);
  return cursorState.state.get('appointment')?.has(appointmentId) ?? false;
}

async function synced() {
  const page = await readFeed(anna, 'anna');
  return { cursor: page.cursor, state: applyChanges(page.changes) };
}

describe('visibility windows', () => {
  it('keeps an ended appointment three months, then deletes it and everything under it', async () => {
    const c = await newCase(agency.control, 'anna', ['Slut Fallet']);
    const today = (await agency.control.clock()).today;
    await agency.control.post('/control/endings', { appointmentId: c.appointmentIds[0], on: today });
    const s = await synced();
    const docs = [...s.state.get('document')!.values()].filter((d) => d.appointmentId === c.appointmentIds[0]);
    expect(docs.length).toBeGreaterThan(0);
    const lastDay = addMonths(today, 3);
    expect((s.state.get('appointment')!.get(c.appointmentIds[0]!) as Appointment).visibleUntil).toBe(lastDay);

    await agency.control.setDate(lastDay, '23:30');
    expect(await visible(s, c.appointmentIds[0]!)).toBe(true);
    await agency.control.setDate(addDays(lastDay, 1), '00:30');
    expect(await visible(s, c.appointmentIds[0]!)).toBe(false);
    for (const d of docs) expect(s.state.get('document')!.has(d.id as string)).toBe(false);
    expect(s.state.get('individual')!.has(c.individualIds[0]!)).toBe(false);
    expect(s.state.get('group')!.has(c.groupId)).toBe(false);
  });

  it('keeps an appointment 90 days after an appeal was handed to the court', async () => {
    const c = await newCase(agency.control, 'anna', ['Dom Stolsson']);
    const today = (await agency.control.clock()).today;
    await agency.control.post('/control/decisions', { appointmentId: c.appointmentIds[0], outcome: 'refused' });
    await agency.control.post('/control/endings', { appointmentId: c.appointmentIds[0], on: today });
    await agency.control.post('/control/appeal-handovers', { appointmentId: c.appointmentIds[0], on: today });
    const s = await synced();
    await agency.control.setDate(addDays(today, 90));
    expect(await visible(s, c.appointmentIds[0]!)).toBe(true);
    await agency.control.setDate(addDays(today, 91));
    expect(await visible(s, c.appointmentIds[0]!)).toBe(false);
  });

  it('withholds contact details at once on release and deletes the appointment after 10 days, not the rest of the group', async () => {
    const c = await newCase(agency.control, 'anna', ['Mor Familj', 'Son Familj']);
    const today = (await agency.control.clock()).today;
    const s = await synced();
    expect((s.state.get('individual')!.get(c.individualIds[1]!) as Individual).contact).not.toBeNull();
    await agency.control.post('/control/releases', { appointmentId: c.appointmentIds[1], on: today });
    expect(await visible(s, c.appointmentIds[1]!)).toBe(true);
    expect((s.state.get('individual')!.get(c.individualIds[1]!) as Individual).contact).toBeNull();
    expect((s.state.get('appointment')!.get(c.appointmentIds[1]!) as Appointment).releasedOn).toBe(today);
    await agency.control.setDate(addDays(today, 10));
    expect(await visible(s, c.appointmentIds[1]!)).toBe(true);
    await agency.control.setDate(addDays(today, 11));
    expect(await visible(s, c.appointmentIds[1]!)).toBe(false);
    expect(s.state.get('appointment')!.has(c.appointmentIds[0]!)).toBe(true);
    expect(s.state.get('group')!.has(c.groupId)).toBe(true);
  });

  it('withdraws at the first minute of the day after the window, not a day late', async () => {
    const c = await newCase(agency.control, 'anna', ['Dag Skifte']);
    const today = (await agency.control.clock()).today;
    await agency.control.post('/control/releases', { appointmentId: c.appointmentIds[0], on: addDays(today, -10) });
    const s = await synced();
    expect(s.state.get('appointment')!.has(c.appointmentIds[0]!)).toBe(true);
    // Freeze at 23:59:30 on the last visible day, then let the frozen clock step over midnight.
    await agency.control.post('/control/clock', { set: new Date(Date.parse((await agency.control.setDate(today, '23:59')).now) + 30_000).toISOString(), frozen: true });
    expect(await visible(s, c.appointmentIds[0]!)).toBe(true);
    await agency.control.post('/control/clock', { advance: { minutes: 1 } });
    expect(await visible(s, c.appointmentIds[0]!)).toBe(false);
  });
});
