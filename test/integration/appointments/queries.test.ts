import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListAppointmentsInput } from '../../../src/shared/contract/appointments.ts';
import { ContractFailure } from '../../../src/shared/contract/result.ts';
import { listDocuments } from '../../../src/main/appointments/documents.ts';
import { listAppointments } from '../../../src/main/appointments/list.ts';
import { getOverview } from '../../../src/main/appointments/overview.ts';
import { recordVisit } from '../../../src/main/appointments/visits.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { testProfile, type TestProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
let anna: TestProfile;

beforeAll(async () => {
  agency = await startDemoAgency();
  anna = await testProfile(agency.url, 'anna');
  await anna.engine.run();
});
afterAll(async () => {
  anna.close();
  await agency.close();
});

const list = (input: Partial<ListAppointmentsInput> = {}) =>
  listAppointments(anna.db, 'anna', { query: '', sort: { column: 'individualNumber', direction: 'asc' }, offset: 0, limit: 500, ...input });
const names = (input: Partial<ListAppointmentsInput> = {}) => list(input).rows.map((r) => r.name);

describe('the appointment list', () => {
  it('is sorted by individnummer, lowest first, by default', () => {
    const numbers = list().rows.map((r) => r.individualNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers.length).toBeGreaterThan(10);
  });

  it('"Göran Somalia" shows only rows where both words occur, in any column', () => {
    const rows = list({ query: 'Göran Somalia' }).rows;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ citizenship: 'Somalia' });
    expect(rows[0]!.name).toContain('Göran');
  });

  it('ignores case and diacritics: "goran somalia" finds the same row', () => {
    expect(list({ query: 'goran SOMALIA' }).rows.map((r) => r.appointmentId)).toEqual(list({ query: 'Göran Somalia' }).rows.map((r) => r.appointmentId));
  });

  it('matches part of a word, as the manual’s "fin" example', () => {
    const som = list({ query: 'som' });
    expect(som.total).toBeGreaterThan(0);
    expect(som.rows.every((r) => /som/i.test(`${r.individualNumber} ${r.name} ${r.citizenship}`))).toBe(true);
  });

  it('treats % and _ typed by the person as letters, not wildcards', () => {
    expect(list({ query: '%' }).total).toBe(0);
    expect(list({ query: '_' }).total).toBe(0);
  });

  it('sorts by name in Swedish order both ways', () => {
    const asc = names({ sort: { column: 'name', direction: 'asc' } });
    const desc = names({ sort: { column: 'name', direction: 'desc' } });
    expect(desc).toEqual([...asc].reverse());
    const collator = new Intl.Collator('sv');
    expect([...asc].sort(collator.compare)).toEqual(asc);
  });

  it('pages: offset and limit give consecutive slices of the same order, total counts all matches', () => {
    const all = list().rows.map((r) => r.appointmentId);
    const first = list({ limit: 5 });
    const second = list({ offset: 5, limit: 5 });
    expect(first.total).toBe(all.length);
    expect([...first.rows, ...second.rows].map((r) => r.appointmentId)).toEqual(all.slice(0, 10));
  });

  it('shows ended and released appointments and families, with their status', () => {
    const rows = list().rows;
    expect(rows.some((r) => r.status === 'released')).toBe(true);
    expect(rows.some((r) => r.status === 'ended')).toBe(true);
    expect(rows.some((r) => r.groupSize > 1)).toBe(true);
  });
});

describe('the individual overview', () => {
  const family = () => list().rows.find((r) => r.groupSize > 2 && r.status === 'active')!;

  it('gives the group’s members, the main individual, and no navigation to released ones', () => {
    const released = list().rows.find((r) => r.status === 'released')!;
    const overview = getOverview(anna.db, 'anna', list().rows.find((r) => r.groupId === released.groupId && r.status !== 'released')?.appointmentId ?? released.appointmentId);
    const member = overview.group.members.find((m) => m.individualId === released.individualId)!;
    expect(member).toMatchObject({ released: true, appointmentId: null });
    expect(overview.group.members.filter((m) => m.main)).toHaveLength(1);
  });

  it('hides contact details after entledigande', () => {
    const released = list().rows.find((r) => r.status === 'released')!;
    expect(getOverview(anna.db, 'anna', released.appointmentId).individual.contact).toBeNull();
  });

  it('enables inlaga while no decision is made, and refuses it after a decision with the reason', async () => {
    const row = family();
    expect(getOverview(anna.db, 'anna', row.appointmentId).actions.inlaga).toEqual({ allowed: true });
    await agency.control('/control/decisions', { appointmentId: row.appointmentId, outcome: 'refused' });
    await anna.engine.run();
    const overview = getOverview(anna.db, 'anna', row.appointmentId);
    expect(overview.actions.inlaga).toEqual({ allowed: false, reason: 'DECISION_MADE' });
    expect(overview.actions.appeal).toMatchObject({ allowed: true, lastDay: overview.appointment.decision?.appealLastDay });
  });

  it('answers NOT_FOUND for an appointment that is not on this computer', () => {
    expect(() => getOverview(anna.db, 'anna', 'apt_nope')).toThrow(ContractFailure);
  });
});

describe('the document list', () => {
  it('is newest first by default and sorts by name and registration date', () => {
    const row = list().rows.find((r) => r.status === 'active')!;
    const input = { appointmentId: row.appointmentId, query: '', newSince: null, offset: 0, limit: 500 };
    const byPublished = listDocuments(anna.db, 'anna', null, { ...input, sort: { column: 'publishedAt', direction: 'desc' } }).rows;
    expect(byPublished.map((d) => d.publishedAt)).toEqual([...byPublished.map((d) => d.publishedAt)].sort().reverse());
    const byTitle = listDocuments(anna.db, 'anna', null, { ...input, sort: { column: 'title', direction: 'asc' } }).rows.map((d) => d.title);
    expect([...byTitle].sort(new Intl.Collator('sv', { ignorePunctuation: true }).compare)).toEqual(byTitle);
  });

  it('shows a submitted claim only under the group’s main individual', () => {
    const claimDocs = anna.db.prepare("SELECT group_id FROM document WHERE counsel_id = 'anna' AND claim_id IS NOT NULL LIMIT 1").pluck().get() as string | undefined;
    expect(claimDocs).toBeDefined();
    const members = list().rows.filter((r) => r.groupId === claimDocs);
    const overview = getOverview(anna.db, 'anna', members[0]!.appointmentId);
    for (const m of members) {
      const docs = listDocuments(anna.db, 'anna', null, {
        appointmentId: m.appointmentId,
        query: '',
        sort: { column: 'publishedAt', direction: 'desc' },
        newSince: null,
        offset: 0,
        limit: 500,
      }).rows;
      const hasClaim = docs.some((d) => d.category === 'kostnadsrakning');
      expect(hasClaim).toBe(m.individualId === overview.group.mainIndividualId);
    }
  });

  it('filters like the list: "Beslut" shows only decisions', () => {
    const appointmentId = anna.db.prepare("SELECT appointment_id FROM document WHERE counsel_id = 'anna' AND kind = 'beslut' LIMIT 1").pluck().get() as string;
    const docs = listDocuments(anna.db, 'anna', null, {
      appointmentId,
      query: 'beslut',
      sort: { column: 'publishedAt', direction: 'desc' },
      newSince: null,
      offset: 0,
      limit: 500,
    }).rows;
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((d) => /beslut/i.test(`${d.title} ${d.kind}`))).toBe(true);
  });

  it('marks documents published since the previous visit as new', async () => {
    const row = list().rows.find((r) => r.status === 'active')!;
    const t0 = new Date('2026-11-23T08:00:00Z');
    expect(recordVisit(anna.db, 'anna', row.appointmentId, t0)).toBeNull();
    const since = recordVisit(anna.db, 'anna', row.appointmentId, new Date(t0.getTime() + 3_600_000));
    expect(since).toBe(t0.toISOString());
    // Within the same visit, the mark stays where it was.
    expect(recordVisit(anna.db, 'anna', row.appointmentId, new Date(t0.getTime() + 3_700_000))).toBe(t0.toISOString());
    const docs = listDocuments(anna.db, 'anna', null, {
      appointmentId: row.appointmentId,
      query: '',
      sort: { column: 'publishedAt', direction: 'desc' },
      newSince: '2026-11-01T00:00:00Z',
      offset: 0,
      limit: 500,
    }).rows;
    for (const d of docs) expect(d.isNew).toBe(Date.parse(d.publishedAt) > Date.parse('2026-11-01T00:00:00Z'));
  });
});
