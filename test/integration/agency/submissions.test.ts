import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AgencyDocument, Notification, SubmissionReceipt } from '../../../src/shared/agency/index.ts';
import { all, feedState, newCase, pdfBytes, readFeed, startTestAgency, upload, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
});
beforeEach(async () => {
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

const inlaga = (aptId: string) => `/v1/counsel/anna/appointments/${aptId}/inlagor`;
const overklagande = (aptId: string) => `/v1/counsel/anna/appointments/${aptId}/overklaganden`;

async function doc(api: Api = anna, text?: string) {
  return { uploadId: await upload(api, 'anna', pdfBytes(text)), documentType: 'yttrande' as const };
}

describe('inlaga', () => {
  it('delivers documents for each covered individual of the group, as sent documents in the feed', async () => {
    const c = await newCase(agency.control, 'anna', ['Far Fam', 'Mor Fam', 'Barn Fam']);
    const maria = await agency.as('maria');
    const r = await maria.post<SubmissionReceipt>(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds.slice(0, 2), documents: [await doc(maria)] });
    expect(r.status).toBe(201);
    expect(r.body.documents.map((d) => d.individualId).sort()).toEqual(c.individualIds.slice(0, 2).sort());
    for (const d of r.body.documents) expect(d).toMatchObject({ direction: 'sent', kind: 'inlaga', documentType: 'yttrande', sentByPersonId: 'maria' });
    const state = await feedState(anna, 'anna');
    const sent = all<AgencyDocument>(state, 'document').filter((d) => d.submissionId === r.body.submissionId);
    expect(sent.map((d) => d.appointmentId).sort()).toEqual(c.appointmentIds.slice(0, 2).sort());
  });

  it('is refused once a decision has been made in the asylum case', async () => {
    const c = await newCase(agency.control, 'anna', ['Beslut Fattat', 'Syster Fattat']);
    await agency.control.post('/control/decisions', { appointmentId: c.appointmentIds[0], outcome: 'granted' });
    const r = await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: [c.individualIds[0]], documents: [await doc()] });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'DECISION_MADE' });
    // The sibling's case is still open.
    expect((await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: [c.individualIds[1]], documents: [await doc()] })).status).toBe(201);
  });

  it('never covers an individual counsel was released for', async () => {
    const c = await newCase(agency.control, 'anna', ['Kvar Här', 'Entledigad Här']);
    await agency.control.post('/control/releases', { appointmentId: c.appointmentIds[1] });
    const r = await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds, documents: [await doc()] });
    expect(r.body).toMatchObject({ code: 'COUNSEL_RELEASED', details: { individualId: c.individualIds[1] } });
    const fromReleased = await anna.post(inlaga(c.appointmentIds[1]!), { individualIds: [c.individualIds[1]], documents: [await doc()] });
    expect(fromReleased.body).toMatchObject({ code: 'COUNSEL_RELEASED' });
  });

  it('only covers individuals of the same group', async () => {
    const a = await newCase(agency.control, 'anna', ['Grupp Ett']);
    const b = await newCase(agency.control, 'anna', ['Grupp Två']);
    const r = await anna.post(inlaga(a.appointmentIds[0]!), { individualIds: [a.individualIds[0], b.individualIds[0]], documents: [await doc()] });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'NOT_IN_GROUP', details: { individualId: b.individualIds[0] } });
  });

  it('accepts only finished uploads, each once', async () => {
    const c = await newCase(agency.control, 'anna', ['Fil Kontroll']);
    const d = await doc();
    expect((await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds, documents: [d] })).status).toBe(201);
    expect((await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds, documents: [d] })).body).toMatchObject({ code: 'UPLOAD_ALREADY_USED' });
    const open = await anna.post<{ uploadId: string }>('/v1/counsel/anna/uploads', { fileName: 'x.pdf', size: 10, sha256: 'a'.repeat(64) }, null);
    const r = await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds, documents: [{ uploadId: open.body.uploadId, documentType: 'ovrigt' }] });
    expect(r.body).toMatchObject({ code: 'UPLOAD_NOT_FINISHED' });
  });
});

describe('notifications', () => {
  it('tells counsel, not assistants, about a new document from the agency; sent documents notify nobody', async () => {
    const c = await newCase(agency.control, 'anna', ['Nytt Dokument']);
    const before = await readFeed(anna, 'anna');
    const maria = await agency.as('maria');
    const mariaBefore = await readFeed(maria, 'anna');
    const published = await agency.control.post<{ documentId: string; notificationId: string }>('/control/documents', { appointmentId: c.appointmentIds[0], kind: 'kallelse' });
    expect(published.status).toBe(201);
    const counselChanges = (await readFeed(anna, 'anna', before.cursor)).changes;
    const note = counselChanges.find((ch) => ch.entity === 'notification');
    expect((note?.data as Notification).documentId).toBe(published.body.documentId);
    const assistantChanges = (await readFeed(maria, 'anna', mariaBefore.cursor)).changes;
    expect(assistantChanges.some((ch) => ch.entity === 'document' && ch.id === published.body.documentId)).toBe(true);
    expect(assistantChanges.some((ch) => ch.entity === 'notification')).toBe(false);

    const mid = await readFeed(anna, 'anna');
    await anna.post(inlaga(c.appointmentIds[0]!), { individualIds: c.individualIds, documents: [await doc()] });
    expect((await readFeed(anna, 'anna', mid.cursor)).changes.some((ch) => ch.entity === 'notification')).toBe(false);
  });
});

describe('överklagande', () => {
  // Notified Saturday 1 March 2025: day 21 is Saturday 22 March, so the last day is Monday 24 March.
  const NOTIFIED = '2025-03-01';

  it('is accepted through the statutory last day and refused the day after', async () => {
    const c = await newCase(agency.control, 'anna', ['Överklagar Sson']);
    const decided = await agency.control.post<{ appealLastDay: string }>('/control/decisions', { appointmentId: c.appointmentIds[0], outcome: 'refused', notifiedOn: NOTIFIED });
    expect(decided.body.appealLastDay).toBe('2025-03-24');
    await agency.control.setDate('2025-03-24', '23:30');
    anna = await agency.as('anna');
    const ok = await anna.post<SubmissionReceipt>(overklagande(c.appointmentIds[0]!), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes('Överklagande')) }] });
    expect(ok.status).toBe(201);
    expect(ok.body.documents).toHaveLength(1);
    expect(ok.body.documents[0]).toMatchObject({ kind: 'overklagande', direction: 'sent', individualId: c.individualIds[0] });

    await agency.control.setDate('2025-03-25', '00:30');
    anna = await agency.as('anna');
    const late = await anna.post(overklagande(c.appointmentIds[0]!), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes('Sent')) }] });
    expect(late.status).toBe(422);
    expect(late.body).toMatchObject({ code: 'APPEAL_WINDOW_CLOSED', details: { lastDay: '2025-03-24' } });
  });

  it('needs a decision to appeal', async () => {
    const c = await newCase(agency.control, 'anna', ['Inget Beslut']);
    const r = await anna.post(overklagande(c.appointmentIds[0]!), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()) }] });
    expect(r.body).toMatchObject({ code: 'NO_DECISION' });
  });
});
