import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AgencyDocument, Claim } from '../../../src/shared/agency/index.ts';
import { rateOn } from '../../../src/shared/domain/rates.ts';
import { claimFor, item, items, submitted } from './claims-support.ts';
import { all, feedState, pdfBytes, startTestAgency, upload, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
});
beforeEach(async () => {
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

const claimPath = (id: string, rest = '') => `/v1/counsel/anna/claims/${id}${rest}`;

describe('claim drafts', () => {
  it('allows one claim per group', async () => {
    const c = await claimFor(agency, anna);
    const again = await anna.post('/v1/counsel/anna/claims', { groupId: c.groupId });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'CLAIM_EXISTS', details: { claimId: c.claim.id } });
  });

  it('saves the shared draft under optimistic concurrency: a stale version is refused with 409', async () => {
    const c = await claimFor(agency, anna);
    const first = await anna.put<{ version: number }>(claimPath(c.claim.id, '/draft'), { version: 0, content: items(item('2025-03-01')) });
    expect(first.body.version).toBe(1);
    const maria = await agency.as('maria');
    expect((await maria.put(claimPath(c.claim.id, '/draft'), { version: 1, content: items(item('2025-03-02')) })).status).toBe(200);
    const stale = await anna.put(claimPath(c.claim.id, '/draft'), { version: 1, content: items(item('2025-03-03')) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: 2 } });
    const claim = (await feedState(anna, 'anna')).get('claim')!.get(c.claim.id) as Claim;
    expect(claim.draft).toMatchObject({ version: 2, savedByPersonId: 'maria' });
  });
});

describe('claim submission', () => {
  it('takes a full snapshot; the kostnadsräkning appears only under the group’s main individual', async () => {
    const s = await submitted(agency, anna, items(item('2025-03-03', 90), item('2025-03-04', 30, 'mote')));
    expect(s.claim).toMatchObject({ status: 'submitted', method: 'cost_items', locked: false });
    const version = s.claim.submissions[0]!;
    expect(version.content.totalExclVatOre).toBe(version.content.costItems.reduce((sum, i) => sum + i.amountOre, 0));
    expect(version.content.vatOre).toBe(Math.round(version.content.totalExclVatOre / 4));
    const docs = all<AgencyDocument>(await feedState(anna, 'anna'), 'document').filter((d) => d.claimId === s.claim.id);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ kind: 'kostnadsrakning', direction: 'sent', appointmentId: s.appointmentIds[0], individualId: s.individualIds[0] });
  });

  it('fixes the method after the first submission', async () => {
    const s = await submitted(agency, anna);
    const file = await upload(anna, 'anna', pdfBytes('Kostnadsräkning'));
    const r = await anna.post(claimPath(s.claim.id, '/submissions'), {
      content: { ...items(), method: 'claim_file', claimFile: { file: { uploadId: file }, totalExclVatOre: 500_000 } },
    });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'METHOD_FIXED', details: { method: 'cost_items' } });
  });

  it('accepts a claim file with its total and evidence when that is the method', async () => {
    const c = await claimFor(agency, anna);
    const file = await upload(anna, 'anna', pdfBytes('Kostnadsräkning'));
    const evidence = await upload(anna, 'anna', pdfBytes('Tolkfaktura'));
    const r = await anna.post<{ claim: Claim; documentId: string }>(claimPath(c.claim.id, '/submissions'), {
      content: { ...items(), method: 'claim_file', claimFile: { file: { uploadId: file }, totalExclVatOre: 1_234_500 }, evidence: [{ file: { uploadId: evidence }, title: 'Tolkfaktura' }] },
    });
    expect(r.status).toBe(201);
    expect(r.body.claim.submissions[0]!.content).toMatchObject({ method: 'claim_file', totalExclVatOre: 1_234_500, evidence: [{ title: 'Tolkfaktura' }] });
  });

  it('refuses cost items dated after the agency’s today', async () => {
    const c = await claimFor(agency, anna);
    const today = (await agency.control.clock()).today;
    const r = await anna.post(claimPath(c.claim.id, '/submissions'), { content: items(item(today), item('2025-03-13')) });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'FUTURE_DATE', details: { date: '2025-03-13' } });
    expect((await anna.post(claimPath(c.claim.id, '/submissions'), { content: items(item(today)) })).status).toBe(201);
  });

  it('prices each item by the rate in force on its own date, and refuses a client amount that differs', async () => {
    const c = await claimFor(agency, anna);
    const old = rateOn('2023-12-31');
    const next = rateOn('2024-01-01');
    expect(next.hourlyOre).not.toBe(old.hourlyOre);
    const r = await anna.post<{ claim: Claim }>(claimPath(c.claim.id, '/submissions'), { content: items(item('2023-12-31', 60), item('2024-01-01', 60)) });
    expect(r.status).toBe(201);
    expect(r.body.claim.submissions[0]!.content.costItems.map((i) => [i.amountOre, i.rateValidFrom])).toEqual([
      [old.hourlyOre, old.validFrom],
      [next.hourlyOre, next.validFrom],
    ]);
    const c2 = await claimFor(agency, anna);
    const wrong = { ...item('2023-12-31', 60), amountOre: next.hourlyOre };
    const refused = await anna.post(claimPath(c2.claim.id, '/submissions'), { content: items(wrong) });
    expect(refused.body).toMatchObject({ code: 'AMOUNT_MISMATCH', details: { expectedOre: old.hourlyOre, givenOre: next.hourlyOre } });
  });

  it('needs one of counsel’s payment accounts', async () => {
    const c = await claimFor(agency, anna);
    const r = await anna.post(claimPath(c.claim.id, '/submissions'), { content: { ...items(item('2025-03-03')), paymentAccountId: 'acc_erik_1' } });
    expect(r.body).toMatchObject({ code: 'UNKNOWN_PAYMENT_ACCOUNT' });
  });
});

describe('processing, completion and decisions', () => {
  it('is not processed before the decision in the main case, and is locked once processing starts', async () => {
    const s = await submitted(agency, anna);
    const early = await agency.control.post(`/control/claims/${s.claim.id}/processing`);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'MAIN_DECISION_PENDING' });
    await agency.control.post('/control/decisions', { appointmentId: s.appointmentIds[0] });
    expect((await agency.control.post(`/control/claims/${s.claim.id}/processing`)).status).toBe(200);
    const again = await anna.post(claimPath(s.claim.id, '/submissions'), { content: items(item('2025-03-05')) });
    expect(again.body).toMatchObject({ code: 'CLAIM_LOCKED' });
    expect((await anna.put(claimPath(s.claim.id, '/draft'), { version: 0, content: items() })).body).toMatchObject({ code: 'CLAIM_LOCKED' });
    expect(((await feedState(anna, 'anna')).get('claim')!.get(s.claim.id) as Claim).locked).toBe(true);
  });

  async function processing() {
    const s = await submitted(agency, anna);
    await agency.control.post('/control/decisions', { appointmentId: s.appointmentIds[0] });
    await agency.control.post(`/control/claims/${s.claim.id}/processing`);
    return s;
  }

  it('unlocks on a completion request until it is answered, then locks again', async () => {
    const s = await processing();
    const req = await agency.control.post<{ completionRequestId: string }>(`/control/claims/${s.claim.id}/completion-requests`, { message: 'Specificera tiden.', deadline: '2025-03-20' });
    expect(req.status).toBe(201);
    const open = (await feedState(anna, 'anna')).get('claim')!.get(s.claim.id) as Claim;
    expect(open).toMatchObject({ status: 'completion_requested', locked: false });
    expect(open.completionRequests[0]).toMatchObject({ status: 'open', deadline: '2025-03-20', message: 'Specificera tiden.' });
    expect((await anna.post(claimPath(s.claim.id, '/submissions'), { content: items(item('2025-03-05')) })).body).toMatchObject({ code: 'COMPLETION_REQUEST_OPEN' });
    const answerPath = claimPath(s.claim.id, `/completion-requests/${req.body.completionRequestId}/answer`);
    const answer = await anna.post<{ claim: Claim }>(answerPath, { content: items(item('2025-03-03'), item('2025-03-05', 45)), summary: 'Lade till möte 5 mars.' });
    expect(answer.status).toBe(201);
    expect(answer.body.claim).toMatchObject({ status: 'processing', locked: true });
    expect(answer.body.claim.submissions.at(-1)).toMatchObject({ kind: 'completion_answer', summary: 'Lade till möte 5 mars.' });
    expect(answer.body.claim.events.map((e) => e.type)).toContain('completion_answered');
    expect((await anna.post(answerPath, { content: items(item('2025-03-03')), summary: 'Igen' })).body).toMatchObject({ code: 'COMPLETION_REQUEST_CLOSED' });
  });

  it('closes a completion request after its deadline and locks the claim again', async () => {
    const s = await processing();
    const today = (await agency.control.clock()).today;
    // Friday 14 March 2025: a weekday, so the last day is the deadline itself.
    const req = await agency.control.post<{ completionRequestId: string }>(`/control/claims/${s.claim.id}/completion-requests`, { message: 'Bifoga faktura.', deadline: '2025-03-14' });
    await agency.control.setDate('2025-03-14', '23:00');
    anna = await agency.as('anna');
    expect(((await feedState(anna, 'anna')).get('claim')!.get(s.claim.id) as Claim).status).toBe('completion_requested');
    await agency.control.setDate('2025-03-15', '08:00');
    anna = await agency.as('anna');
    const claim = (await feedState(anna, 'anna')).get('claim')!.get(s.claim.id) as Claim;
    expect(claim).toMatchObject({ status: 'processing', locked: true });
    expect(claim.completionRequests[0]!.status).toBe('expired');
    const late = await anna.post(claimPath(s.claim.id, `/completion-requests/${req.body.completionRequestId}/answer`), { content: items(item(today)), summary: 'Sent' });
    expect(late.body).toMatchObject({ code: 'COMPLETION_REQUEST_CLOSED' });
    await agency.control.setDate('2025-03-12', '10:00');
  });

  it('allows a related claim only after a decision, referring to the earlier one', async () => {
    const s = await processing();
    const early = await anna.post('/v1/counsel/anna/claims', { groupId: s.groupId, relatedToClaimId: s.claim.id });
    expect(early.body).toMatchObject({ code: 'CLAIM_NOT_DECIDED' });
    await agency.control.post(`/control/claims/${s.claim.id}/decisions`, { outcome: 'full' });
    const related = await anna.post<Claim>('/v1/counsel/anna/claims', { groupId: s.groupId, relatedToClaimId: s.claim.id });
    expect(related.status).toBe(201);
    expect(related.body).toMatchObject({ relatedToClaimId: s.claim.id, status: 'draft' });
    const earlier = (await feedState(anna, 'anna')).get('claim')!.get(s.claim.id) as Claim;
    expect(earlier.events.map((e) => e.type)).toContain('related_claim_created');
  });

  it('lets counsel appeal a decision that did not grant everything, within 21 days of notification', async () => {
    const full = await processing();
    const fullDecision = await agency.control.post<{ decisionId: string }>(`/control/claims/${full.claim.id}/decisions`, { outcome: 'full' });
    const appealPath = (claimId: string, decisionId: string) => claimPath(claimId, `/decisions/${decisionId}/appeal`);
    const nothing = await anna.post(appealPath(full.claim.id, fullDecision.body.decisionId), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()) }] });
    expect(nothing.body).toMatchObject({ code: 'NOTHING_TO_APPEAL' });

    const partial = await processing();
    const d = await agency.control.post<{ decisionId: string; appealLastDay: string }>(`/control/claims/${partial.claim.id}/decisions`, { outcome: 'partial', grantedOre: 1000 });
    expect(d.body.appealLastDay).toBe('2025-04-02');
    const ok = await anna.post<{ claim: Claim }>(appealPath(partial.claim.id, d.body.decisionId), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes('Överklagande')) }] });
    expect(ok.status).toBe(201);
    expect(ok.body.claim.status).toBe('appealed');
    expect(ok.body.claim.events.at(-1)!.type).toBe('appealed');
    const twice = await anna.post(appealPath(partial.claim.id, d.body.decisionId), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()) }] });
    expect(twice.body).toMatchObject({ code: 'ALREADY_APPEALED' });

    // Notified Saturday 1 February: day 21 is Saturday 22 February, last day Monday 24 February.
    const old = await processing();
    const late = await agency.control.post<{ decisionId: string; appealLastDay: string }>(`/control/claims/${old.claim.id}/decisions`, { outcome: 'rejected', notifiedOn: '2025-02-01' });
    expect(late.body.appealLastDay).toBe('2025-02-24');
    const closed = await anna.post(appealPath(old.claim.id, late.body.decisionId), { documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()) }] });
    expect(closed.body).toMatchObject({ code: 'APPEAL_WINDOW_CLOSED', details: { lastDay: '2025-02-24' } });
  });
});
