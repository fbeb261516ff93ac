import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, ChangesPage, Individual, Rate } from '../../../src/shared/agency/index.ts';
import { changesPageSchema } from '../../../src/shared/agency/index.ts';
import { createTextFilter } from '../../../src/shared/domain/text-filter.ts';
import { RATE_TABLE } from '../../../src/shared/domain/rates.ts';
import { all, applyChanges, feedState, newCase, readFeed, startTestAgency, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

describe('the change feed', () => {
  it('pages by cursor: small pages add up to exactly the full sync, in the schema’s shape', async () => {
    const full = await readFeed(anna, 'anna');
    const paged = await readFeed(anna, 'anna', '', 7);
    expect(paged.changes).toEqual(full.changes);
    const first = await anna.get<ChangesPage>('/v1/counsel/anna/changes?limit=5');
    expect(changesPageSchema.parse(first.body).changes).toHaveLength(5);
    expect(first.body.hasMore).toBe(true);
    expect(Date.parse(first.body.serverTime)).toBeGreaterThan(0);
  });

  it('uses 1000 as the default page size and refuses more than 5000', async () => {
    const big = await agency.as('large');
    expect((await anna.get('/v1/counsel/anna/changes?limit=5001')).body).toMatchObject({ code: 'VALIDATION' });
    expect((await big.get<ChangesPage>('/v1/counsel/large/changes')).body.changes.length).toBeLessThanOrEqual(1000);
  });

  it('returns only what changed after a cursor, and an empty page with the same cursor when nothing did', async () => {
    const { cursor } = await readFeed(anna, 'anna');
    const idle = await anna.get<ChangesPage>(`/v1/counsel/anna/changes?cursor=${cursor}`);
    expect(idle.body).toMatchObject({ changes: [], hasMore: false, cursor });
    const created = await newCase(agency.control, 'anna', ['Ny Person']);
    const after = await readFeed(anna, 'anna', cursor);
    const ids = after.changes.map((c) => `${c.entity}:${c.id}`);
    expect(ids).toContain(`appointment:${created.appointmentIds[0]}`);
    expect(ids).toContain(`group:${created.groupId}`);
    expect(ids).toContain(`individual:${created.individualIds[0]}`);
    expect(after.changes.some((c) => c.entity === 'document' && c.op === 'upsert')).toBe(true);
  });

  it('answers an unknown, foreign or expired cursor with 410 CURSOR_EXPIRED', async () => {
    expect((await anna.get('/v1/counsel/anna/changes?cursor=garbage')).status).toBe(410);
    const sara = await agency.as('sara');
    const erikCursor = (await readFeed(sara, 'erik')).cursor;
    expect((await anna.get(`/v1/counsel/anna/changes?cursor=${erikCursor}`)).body).toMatchObject({ code: 'CURSOR_EXPIRED' });
    const { cursor } = await readFeed(anna, 'anna');
    expect((await agency.control.post('/control/cursor-expiry')).status).toBe(200);
    expect((await anna.get(`/v1/counsel/anna/changes?cursor=${cursor}`)).status).toBe(410);
    expect((await anna.get('/v1/counsel/anna/changes')).status).toBe(200);
  });

  it('carries the dated rate table with assumed rows flagged', async () => {
    const rates = all<Rate>(await feedState(anna, 'anna'), 'rate').sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    expect(rates.map((r) => [r.validFrom, r.hourlyOre, r.assumed])).toEqual(RATE_TABLE.map((r) => [r.validFrom, r.hourlyOre, r.assumed]));
    expect(rates[0]!.validTo).toBe('2022-12-31');
    expect(rates.at(-1)!.validTo).toBeNull();
  });

  it('holds the demo data: families and singles, protected contact details flagged, one Göran from Somalia', async () => {
    const state = await feedState(anna, 'anna');
    const individuals = all<Individual>(state, 'individual');
    const appointments = all<Appointment>(state, 'appointment');
    expect(appointments.length).toBeGreaterThanOrEqual(20);
    expect(individuals.some((i) => i.contact?.protected)).toBe(true);
    const filter = createTextFilter('Göran Somalia');
    const hits = individuals.filter((i) => filter([i.individualNumber, i.name, i.citizenship]));
    expect(hits.map((i) => i.name)).toEqual(['Göran Abdi Warsame']);
    const groupSizes = new Map<string, number>();
    for (const a of appointments) groupSizes.set(a.groupId, (groupSizes.get(a.groupId) ?? 0) + 1);
    expect([...groupSizes.values()].some((n) => n > 1)).toBe(true);
    expect([...groupSizes.values()].some((n) => n === 1)).toBe(true);
  });

  it('replaces a resource’s earlier row, so a full sync holds each resource once', async () => {
    const { changes } = await readFeed(anna, 'anna');
    const keys = changes.map((c) => `${c.entity}:${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(applyChanges(changes).get('appointment')!.size).toBeGreaterThan(0);
  });
});
