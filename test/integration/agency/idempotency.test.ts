import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyDocument, Counters, SubmissionReceipt } from '../../../src/shared/agency/index.ts';
import { all, feedState, newCase, pdfBytes, startTestAgency, upload, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

async function counters(): Promise<Counters> {
  return (await agency.control.get<Counters>('/control/counters')).body;
}

describe('idempotency keys', () => {
  it('replays the first answer for the same key and body, and changes nothing', async () => {
    const c = await newCase(agency.control, 'anna', ['Idem Potent']);
    const body = { individualIds: c.individualIds, documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()), documentType: 'inlaga' }] };
    const key = randomUUID();
    const path = `/v1/counsel/anna/appointments/${c.appointmentIds[0]}/inlagor`;
    const first = await anna.post<SubmissionReceipt>(path, body, key);
    const second = await anna.post<SubmissionReceipt>(path, body, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body).toEqual(first.body);
    const docs = all<AgencyDocument>(await feedState(anna, 'anna'), 'document').filter((d) => d.appointmentId === c.appointmentIds[0] && d.direction === 'sent');
    expect(docs).toHaveLength(1);
    const n = await counters();
    expect(n.idempotency.find((k) => k.key === key)).toEqual({ key, received: 2, applied: 1 });
    expect(n.submissions.filter((s) => s.idempotencyKey === key)).toHaveLength(1);
  });

  it('refuses the same key with a different body', async () => {
    const key = randomUUID();
    expect((await anna.put('/v1/counsel/anna/status', { status: 'available' }, key)).status).toBe(200);
    const r = await anna.put('/v1/counsel/anna/status', { status: 'unavailable' }, key);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('requires a key on writes', async () => {
    const r = await anna.put('/v1/counsel/anna/status', { status: 'available' }, null);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REQUIRED' });
  });

  it('replays a refusal too, so a retry cannot turn a no into a yes by accident', async () => {
    const c = await newCase(agency.control, 'anna', ['Nej Nej']);
    await agency.control.post('/control/decisions', { appointmentId: c.appointmentIds[0] });
    const key = randomUUID();
    const body = { individualIds: c.individualIds, documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()), documentType: 'inlaga' }] };
    const path = `/v1/counsel/anna/appointments/${c.appointmentIds[0]}/inlagor`;
    const first = await anna.post(path, body, key);
    const again = await anna.post(path, body, key);
    expect(first.body).toMatchObject({ code: 'DECISION_MADE' });
    expect(again.status).toBe(422);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // The refusal rolled back the upload's use: it can still be sent elsewhere.
    const other = await newCase(agency.control, 'anna', ['Annan Plats']);
    const ok = await anna.post(`/v1/counsel/anna/appointments/${other.appointmentIds[0]}/inlagor`, { ...body, individualIds: other.individualIds });
    expect(ok.status).toBe(201);
  });
});
