import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContractFailure } from '../../../src/shared/contract/result.ts';
import { releasableUploads } from '../../../src/main/outbox/store.ts';
import { queueAppeal, queueInlaga } from '../../../src/main/outbox/submissions.ts';
import { makePdf } from '../pdf/helpers/make-pdf.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { counters, idempotencyKeyOf, newStaging, stagePdf, startSender } from '../../support/outbox-harness.ts';
import { testProfile, type TestProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
let anna: TestProfile;
const senders: { sender: { stop(): Promise<void> } }[] = [];

beforeAll(async () => {
  agency = await startDemoAgency();
  anna = await testProfile(agency.url, 'anna');
  await anna.engine.run();
});
afterAll(async () => {
  anna.close();
  await agency.close();
});
afterEach(async () => {
  for (const s of senders.splice(0)) await s.sender.stop();
  await agency.control('/control/faults', undefined, 'DELETE');
});

/** An active family without a decision: two members counsel may submit for (inlagor any number of times). */
function family(which: 'first' | 'last' = 'first'): { appointmentId: string; individualIds: string[] } {
  const row = anna.db
    .prepare(
      `SELECT a.group_id FROM appointment a WHERE a.counsel_id = 'anna' AND a.released_on IS NULL AND a.ended_on IS NULL
         AND json_extract(a.data, '$.decision') IS NULL
       GROUP BY a.group_id HAVING count(*) >= 2 ORDER BY a.group_id ${which === 'first' ? 'ASC' : 'DESC'} LIMIT 1`,
    )
    .pluck()
    .get() as string;
  const members = anna.db
    .prepare("SELECT agency_id, individual_id FROM appointment WHERE counsel_id = 'anna' AND group_id = ? AND released_on IS NULL ORDER BY agency_id")
    .all(row) as { agency_id: string; individual_id: string }[];
  return { appointmentId: members[0]!.agency_id, individualIds: members.slice(0, 2).map((m) => m.individual_id) };
}

function run() {
  const s = startSender(anna);
  senders.push(s);
  return s;
}

describe('delivering an inlaga', () => {
  it('uploads its files, submits it once for two members of a family, and keeps its receipt', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'Inlaga.pdf', { pages: 3 });
    const b = await stagePdf(anna, staging, 'Fullmakt.pdf', { pages: 1 });
    const { appointmentId, individualIds } = family();
    const op = queueInlaga(anna.db, staging, 'anna', 'anna', {
      appointmentId,
      individualIds,
      documents: [
        { stagedId: a.stagedId, documentType: 'inlaga' },
        { stagedId: b.stagedId, documentType: 'fullmakt', title: 'Fullmakt' },
      ],
    });
    expect(op).toMatchObject({ state: 'queued', kind: 'inlaga' });
    expect(op.summary.individuals).toHaveLength(2);
    const s = run();
    const done = await s.until(op.opId, ['delivered', 'attention']);
    expect(done.state).toBe('delivered');
    const key = idempotencyKeyOf(anna, op.opId);
    const received = (await counters(agency)).submissions.filter((x) => x.idempotencyKey === key);
    expect(received).toHaveLength(1);
    expect(received[0]!.files.map((f) => f.sha256).sort()).toEqual([a.stagedId, b.stagedId].sort());
  });

  it('a delivered inlaga appears in the document list after the next sync, sent by the person', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'Yttrande.pdf');
    const { appointmentId, individualIds } = family();
    const op = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds: individualIds.slice(0, 1), documents: [{ stagedId: a.stagedId, documentType: 'yttrande' }] });
    await run().until(op.opId, ['delivered']);
    await anna.engine.run();
    const sent = anna.db.prepare("SELECT json_extract(data, '$.sentByPersonId') FROM document WHERE sha256 = ? AND direction = 'sent'").pluck().all(a.stagedId);
    expect(sent).toContain('anna');
  });
});

describe('the same file in two submissions', () => {
  it('is kept for the second while the first is delivered, and the second goes too', async () => {
    const staging = newStaging();
    const bytes = makePdf({ pages: 2 });
    const stageCopy = async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'picked-')), 'Fullmakt.pdf');
      writeFileSync(path, bytes);
      return staging.stage(anna, path, 'Fullmakt.pdf');
    };
    const { appointmentId, individualIds } = family();
    const first = await stageCopy();
    const op1 = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds: individualIds.slice(0, 1), documents: [{ stagedId: first.stagedId, documentType: 'fullmakt' }] });
    // Added again to a second inlaga being put together while the first is sent.
    const second = await stageCopy();
    const s = startSender(anna, () => undefined, staging);
    senders.push(s);
    expect((await s.until(op1.opId, ['delivered', 'attention'])).state).toBe('delivered');
    expect(await anna.files.has(second.stagedId)).toBe(true);
    const op2 = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds: individualIds.slice(0, 1), documents: [{ stagedId: second.stagedId, documentType: 'fullmakt' }] });
    s.sender.kick();
    expect((await s.until(op2.opId, ['delivered', 'attention'])).state).toBe('delivered');
  });
});

describe('the rules, checked before queueing', () => {
  it('refuses an individual outside the group', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'x.pdf');
    const { appointmentId } = family();
    const group = anna.db.prepare("SELECT group_id FROM appointment WHERE counsel_id = 'anna' AND agency_id = ?").pluck().get(appointmentId);
    const outsider = anna.db.prepare("SELECT individual_id FROM appointment WHERE counsel_id = 'anna' AND group_id <> ? LIMIT 1").pluck().get(group) as string;
    let code = '';
    try {
      queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds: [outsider], documents: [{ stagedId: a.stagedId, documentType: 'inlaga' }] });
    } catch (error) {
      code = error instanceof ContractFailure ? (error.error.agency?.code ?? error.error.code) : String(error);
    }
    expect(code).toBe('NOT_IN_GROUP');
  });

  it('refuses an appeal without a decision, in the agency’s words', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'x.pdf');
    const { appointmentId } = family();
    expect(() => queueAppeal(anna.db, staging, 'anna', 'anna', { appointmentId, documents: [{ stagedId: a.stagedId }] })).toThrow(ContractFailure);
  });
});

describe('faults on the way', () => {
  it.each([
    ['a 503 on the submission', { kind: 'status', status: 503, pathPrefix: '/v1/counsel/anna/appointments/' }],
    ['a reset while the file uploads', { kind: 'reset', pathPrefix: '/v1/counsel/anna/uploads/', method: 'PATCH', afterBytes: 1000 }],
    ['a reset after the agency took the submission (sent, no answer)', { kind: 'reset', pathPrefix: '/v1/counsel/anna/appointments/', phase: 'after' }],
    ['a slow upload', { kind: 'slow_upload', pathPrefix: '/v1/counsel/anna/uploads/', bytesPerSecond: 200_000 }],
  ])('%s: delivered in the end, exactly once, with intact files', async (_what, fault) => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'Inlaga.pdf', { pages: 20, linesPerPage: 40 });
    const { appointmentId, individualIds } = family();
    const op = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds, documents: [{ stagedId: a.stagedId, documentType: 'inlaga' }] });
    await agency.control('/control/faults', { ...fault, count: 1 });
    const s = run();
    for (;;) {
      const item = await s.until(op.opId, ['delivered', 'attention', 'queued']);
      if (item.state !== 'queued') {
        expect(item.state).toBe('delivered');
        break;
      }
      if (item.lastError) {
        expect(item.lastError.kind).toBe('retryable');
        s.retryNow(op.opId);
      }
      await s.until(op.opId, ['sending', 'delivered', 'attention']);
    }
    const key = idempotencyKeyOf(anna, op.opId);
    const c = await counters(agency);
    expect(c.submissions.filter((x) => x.idempotencyKey === key)).toHaveLength(1);
    expect(c.submissions.find((x) => x.idempotencyKey === key)!.files[0]!.sha256).toBe(a.stagedId);
  });

  it('429: waits at least as long as Retry-After says', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'Inlaga.pdf');
    const { appointmentId, individualIds } = family();
    const op = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds, documents: [{ stagedId: a.stagedId, documentType: 'inlaga' }] });
    await agency.control('/control/faults', { kind: 'rate_limit', retryAfterSeconds: 120, pathPrefix: '/v1/counsel/anna/uploads', count: 1 });
    const before = Date.now();
    const s = run();
    await s.until(op.opId, ['sending']);
    const waiting = await s.until(op.opId, ['queued']);
    expect(waiting.lastError).toMatchObject({ kind: 'retryable' });
    expect(Date.parse(waiting.nextAttemptAt!) - before).toBeGreaterThanOrEqual(120_000);
  });
});

describe('a rejection', () => {
  it('a decision made in the meantime: the agency says no, the person sees why, nothing is lost', async () => {
    const staging = newStaging();
    const a = await stagePdf(anna, staging, 'Inlaga.pdf');
    // The last family: no later test needs it without a decision.
    const { appointmentId, individualIds } = family('last');
    const op = queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds, documents: [{ stagedId: a.stagedId, documentType: 'inlaga' }] });
    await agency.control('/control/decisions', { appointmentId, outcome: 'granted' });
    const item = await run().until(op.opId, ['attention', 'delivered']);
    expect(item.state).toBe('attention');
    expect(item.lastError).toMatchObject({ kind: 'rejected', code: 'DECISION_MADE' });
    expect(item.lastError?.message?.sv).toContain('Beslut har fattats');
    expect(item.summary.documents).toHaveLength(1);
    expect(await anna.files.has(a.stagedId)).toBe(true);
  });
});

describe('staging', () => {
  it('stores the picked file encrypted, under its digest, and removes the transient copy', async () => {
    const staging = newStaging();
    const bytes = makePdf({ pages: 2 });
    const path = join(mkdtempSync(join(tmpdir(), 'picked-')), 'Original.pdf');
    writeFileSync(path, bytes);
    const staged = await staging.stage(anna, path, 'Original.pdf');
    expect(staged.verdict).toMatchObject({ ok: true, pages: 2 });
    expect(staged.stagedId).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await anna.files.has(staged.stagedId)).toBe(true);
    expect(existsSync(path)).toBe(false);
  });

  it('a staged file never sent is released at the next unlock; once queued it is kept until delivered', async () => {
    const staging = newStaging();
    const abandoned = await stagePdf(anna, staging, 'Utkast.pdf', { pages: 5 });
    const queued = await stagePdf(anna, staging, 'Inlaga.pdf', { pages: 6 });
    const { appointmentId, individualIds } = family();
    queueInlaga(anna.db, staging, 'anna', 'anna', { appointmentId, individualIds: individualIds.slice(0, 1), documents: [{ stagedId: queued.stagedId, documentType: 'inlaga' }] });
    const releasable = releasableUploads(anna.db, ['staged', 'upload']);
    expect(releasable).toContain(abandoned.stagedId);
    expect(releasable).not.toContain(queued.stagedId);
  });

  it('keeps nothing of a file that is not a PDF', async () => {
    const staging = newStaging();
    const path = join(mkdtempSync(join(tmpdir(), 'picked-')), 'foto.pdf');
    writeFileSync(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const staged = await staging.stage(anna, path, 'foto.pdf');
    expect(staged.verdict).toMatchObject({ ok: false, code: 'IMAGE' });
    expect(staged.stagedId).toBe('');
    expect(existsSync(path)).toBe(false);
  });
});
