import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AgencyError } from '../../../src/main/agency/errors.ts';
import { prefetchDocuments } from '../../../src/main/sync/prefetch.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { signInAs } from '../../support/sign-in.ts';
import { countRows, dumpAgencyTables, testProfile, type TestProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
const open: TestProfile[] = [];

beforeAll(async () => {
  agency = await startDemoAgency();
});
afterAll(() => agency.close());
afterEach(async () => {
  for (const p of open.splice(0)) p.close();
  await agency.control('/control/faults', undefined, 'DELETE').catch(() => undefined);
});

async function profile(identity = 'anna', pageLimit = 50): Promise<TestProfile> {
  const p = await testProfile(agency.url, identity, { pageLimit });
  open.push(p);
  return p;
}

async function failure(promise: Promise<unknown>): Promise<AgencyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AgencyError) return error;
    throw error;
  }
  throw new Error('expected the sync to fail');
}

const activeAppointment = (p: TestProfile) =>
  p.db.prepare('SELECT agency_id FROM appointment WHERE ended_on IS NULL AND released_on IS NULL AND visible_until IS NULL ORDER BY agency_id LIMIT 1').pluck().get() as string;

describe('first sync', () => {
  it('brings the counsel’s appointments, individuals, documents and claims into the encrypted profile, page by page', async () => {
    const p = await profile('anna', 20);
    const pages: number[] = [];
    const counting = await testProfile(agency.url, 'anna', { pageLimit: 20, onProgress: (progress) => pages.push(progress.items) });
    open.push(counting);
    const result = await counting.engine.run();
    expect(pages.length).toBeGreaterThan(5);
    expect(result.items).toBe(pages.at(-1));
    expect(countRows(counting.db, 'appointment')).toBeGreaterThan(10);
    expect(countRows(counting.db, 'individual', "search LIKE '%goran%' AND search LIKE '%somalia%'")).toBe(1);
    expect(countRows(counting.db, 'document')).toBeGreaterThan(20);
    expect(countRows(counting.db, 'claim')).toBeGreaterThan(0);
    expect(countRows(counting.db, 'rate')).toBeGreaterThan(2);
    await p.engine.run();
    expect(dumpAgencyTables(p.db)).toEqual(dumpAgencyTables(counting.db));
  });

  it('an assistant of two counsel gets both counsel’s work, and no counsel-only records', async () => {
    const sara = await profile('sara');
    const result = await sara.engine.run();
    expect(result.me.actsFor.map((a) => a.counselId).sort()).toEqual(['anna', 'erik']);
    expect(countRows(sara.db, 'appointment', "counsel_id = 'anna'")).toBeGreaterThan(0);
    expect(countRows(sara.db, 'appointment', "counsel_id = 'erik'")).toBeGreaterThan(0);
    expect(countRows(sara.db, 'notification')).toBe(0);
    expect(countRows(sara.db, 'assistant')).toBe(0);
  });
});

describe('withdrawn delegation', () => {
  it('an assistant whose delegation is removed loses that counsel’s data at the next sync, keeping the other’s', async () => {
    const sara = await profile('sara');
    await sara.engine.run();
    expect(countRows(sara.db, 'appointment', "counsel_id = 'erik'")).toBeGreaterThan(0);
    await agency.control('/control/delegation-removals', { counselId: 'erik', assistantId: 'sara' });
    const result = await sara.engine.run();
    expect(result.me.actsFor.map((a) => a.counselId)).toEqual(['anna']);
    expect(countRows(sara.db, 'appointment', "counsel_id = 'erik'")).toBe(0);
    expect(countRows(sara.db, 'document', "counsel_id = 'erik'")).toBe(0);
    expect(countRows(sara.db, 'appointment', "counsel_id = 'anna'")).toBeGreaterThan(0);
  });
});

describe('delta sync', () => {
  it('fetches only what changed: a published document arrives, nothing else is re-sent', async () => {
    const p = await profile();
    await p.engine.run();
    const before = countRows(p.db, 'document');
    const appointmentId = activeAppointment(p);
    const { documentId } = await agency.control<{ documentId: string }>('/control/documents', { appointmentId, kind: 'kallelse', title: 'Kallelse till utredning' });
    const result = await p.engine.run();
    expect(result.items).toBeLessThan(5);
    expect(countRows(p.db, 'document')).toBe(before + 1);
    expect(countRows(p.db, 'document', 'agency_id = ?', documentId)).toBe(1);
  });

  it('a sync when nothing changed applies nothing', async () => {
    const p = await profile();
    await p.engine.run();
    expect((await p.engine.run()).items).toBe(0);
  });
});

describe('purge', () => {
  it('release: ten days after entledigande the appointment, its documents and their files are gone', async () => {
    const p = await profile();
    await p.engine.run();
    const appointmentId = activeAppointment(p);
    await prefetchDocuments({ db: p.db, files: p.files, client: p.client }, { budgetBytes: 1e9 });
    const shas = p.db.prepare('SELECT sha256 FROM document WHERE appointment_id = ?').pluck().all(appointmentId) as string[];
    expect(shas.length).toBeGreaterThan(0);
    expect(await p.files.has(shas[0]!)).toBe(true);

    await agency.control('/control/releases', { appointmentId });
    await p.engine.run();
    expect(countRows(p.db, 'appointment', 'agency_id = ?', appointmentId)).toBe(1);
    await agency.control('/control/clock', { advance: { days: 11 } });
    try {
      await p.engine.run();
      expect(countRows(p.db, 'appointment', 'agency_id = ?', appointmentId)).toBe(0);
      expect(countRows(p.db, 'document', 'appointment_id = ?', appointmentId)).toBe(0);
      for (const sha of shas) {
        const listedElsewhere = countRows(p.db, 'document', 'sha256 = ?', sha) > 0;
        expect(await p.files.has(sha)).toBe(listedElsewhere);
      }
    } finally {
      await agency.control('/control/clock', { advance: { days: -11 } });
    }
  });

  it('end of the visibility window: three months after the appointment ended it is gone', async () => {
    const p = await profile();
    await p.engine.run();
    const appointmentId = activeAppointment(p);
    await agency.control('/control/endings', { appointmentId });
    await p.engine.run();
    expect(countRows(p.db, 'appointment', 'agency_id = ? AND ended_on IS NOT NULL', appointmentId)).toBe(1);
    await agency.control('/control/clock', { advance: { days: 93 } });
    try {
      // Three months offline also ends the sign-in: the person signs in again.
      await p.tokens.accept(await signInAs(agency.url, 'anna'));
      await p.engine.run();
      expect(countRows(p.db, 'appointment', 'agency_id = ?', appointmentId)).toBe(0);
    } finally {
      await agency.control('/control/clock', { advance: { days: -93 } });
    }
  });
});

describe('faults', () => {
  it.each([
    ['a 503', { kind: 'status', status: 503 }, 'retryable'],
    ['a 429 with Retry-After', { kind: 'rate_limit', retryAfterSeconds: 7 }, 'retryable'],
    ['a connection reset mid-body', { kind: 'reset', afterBytes: 100 }, 'network'],
    ['a truncated page', { kind: 'truncate', afterBytes: 100 }, 'network'],
  ])('%s fails the run with a retryable kind; the next run ends as if nothing happened', async (_what, fault, kind) => {
    const reference = await profile();
    await reference.engine.run();
    const p = await profile();
    await agency.control('/control/faults', { ...fault, pathPrefix: '/v1/counsel/anna/changes', count: 1 });
    const error = await failure(p.engine.run());
    expect(['retryable', 'network', 'protocol']).toContain(error.kind);
    if (kind === 'retryable') expect(error.kind).toBe('retryable');
    if ((fault as { retryAfterSeconds?: number }).retryAfterSeconds) expect(error.retryAfterMs).toBe(7000);
    await p.engine.run();
    expect(dumpAgencyTables(p.db)).toEqual(dumpAgencyTables(reference.db));
  });

  it('a document cut off mid-download is not stored; fetched whole next time', async () => {
    const p = await profile();
    await p.engine.run();
    await agency.control('/control/faults', { kind: 'truncate', pathPrefix: '/v1/counsel/anna/documents/', afterBytes: 200, count: 1 });
    const first = await prefetchDocuments({ db: p.db, files: p.files, client: p.client }, { budgetBytes: 1e9 }).catch((e: unknown) => e);
    expect(first).toBeInstanceOf(AgencyError);
    const second = await prefetchDocuments({ db: p.db, files: p.files, client: p.client }, { budgetBytes: 1e9 });
    expect(second.fetched).toBeGreaterThan(0);
    const missing = p.db
      .prepare(
        `SELECT count(*) FROM document d JOIN appointment a ON a.counsel_id = d.counsel_id AND a.agency_id = d.appointment_id
         WHERE a.ended_on IS NULL AND a.released_on IS NULL AND NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.sha256 = d.sha256)`,
      )
      .pluck()
      .get();
    expect(missing).toBe(0);
  });

  it('a rejected cursor restarts from the beginning and ends with the same copy', async () => {
    const p = await profile();
    await p.engine.run();
    const before = dumpAgencyTables(p.db);
    await agency.control('/control/cursor-expiry', { counselId: 'anna' });
    await p.engine.run();
    expect(dumpAgencyTables(p.db)).toEqual(before);
  });
});

describe('an expired sign-in', () => {
  it('asks the person to sign in again and keeps every local row', async () => {
    const p = await profile();
    await p.engine.run();
    const before = dumpAgencyTables(p.db);
    await agency.control('/control/clock', { advance: { days: 31 } });
    try {
      const error = await failure(p.engine.run());
      expect(error.kind).toBe('auth');
      expect(p.signInRequired()).toBe(1);
      expect(p.tokens.signedIn).toBe(false);
      expect(dumpAgencyTables(p.db)).toEqual(before);
    } finally {
      await agency.control('/control/clock', { advance: { days: -31 } });
    }
  });
});
