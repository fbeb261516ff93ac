import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveProgress } from '../../../src/shared/contract/appointments.ts';
import { ContentTokens } from '../../../src/main/documents/content-tokens.ts';
import { openDocument } from '../../../src/main/documents/document-access.ts';
import { exportAll } from '../../../src/main/documents/export.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { testProfile, type TestProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
let anna: TestProfile;
let appointmentId: string;
let documentIds: string[];

beforeAll(async () => {
  agency = await startDemoAgency();
  anna = await testProfile(agency.url, 'anna');
  await anna.engine.run();
  appointmentId = anna.db
    .prepare("SELECT appointment_id FROM document WHERE counsel_id = 'anna' AND claim_id IS NULL GROUP BY appointment_id HAVING count(*) >= 4 LIMIT 1")
    .pluck()
    .get() as string;
  documentIds = anna.db.prepare('SELECT agency_id FROM document WHERE appointment_id = ? AND claim_id IS NULL').pluck().all(appointmentId) as string[];
});
afterAll(async () => {
  anna.close();
  await agency.close();
});

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('opening a document', () => {
  it('fetches it on demand with progress, then serves it by token; offline it still opens once fetched', async () => {
    const tokens = new ContentTokens();
    tokens.setStore(anna.files);
    const progress: number[] = [];
    const opened = await openDocument(anna, 'anna', documentIds[0]!, tokens, (p) => progress.push(p.bytes));
    expect(progress.at(-1)).toBe(opened.size);
    const token = opened.url.split('/').pop()!;
    expect(tokens.info(token)).toMatchObject({ size: opened.size });
    tokens.setStore(null);
    expect(tokens.info(token)).toBeNull();
  });
});

describe('saving all documents', () => {
  it('writes every document of the individual, verified, named by date and title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'save-all-'));
    const events: SaveProgress[] = [];
    const result = await exportAll(anna, 'anna', documentIds, dir, new AbortController().signal, (p) => events.push(p));
    expect(result).toEqual({ saved: documentIds.length, cancelled: false });
    const files = readdirSync(dir);
    expect(files).toHaveLength(documentIds.length);
    expect(files.every((f) => /^\d{4}-\d{2}-\d{2} .+\.pdf$/.test(f))).toBe(true);
    const expected = new Set(anna.db.prepare('SELECT sha256 FROM document WHERE appointment_id = ?').pluck().all(appointmentId) as string[]);
    for (const f of files) expect(expected.has(sha(join(dir, f)))).toBe(true);
    expect(events.at(-1)).toMatchObject({ state: 'finished', done: documentIds.length, failed: 0 });
  });

  it('cancelled midway leaves no partial file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'save-cancel-'));
    const controller = new AbortController();
    const result = await exportAll(anna, 'anna', documentIds, dir, controller.signal, (p) => {
      if (p.done === 1) controller.abort();
    });
    expect(result.cancelled).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(readdirSync(dir).length).toBeLessThan(documentIds.length);
  });

  it('counts documents it cannot get offline as failed, and saves the rest', async () => {
    const fresh = await testProfile(agency.url, 'anna');
    await fresh.engine.run();
    const first = documentIds[0]!;
    const tokens = new ContentTokens();
    tokens.setStore(fresh.files);
    await openDocument(fresh, 'anna', first, tokens, () => undefined);
    await agency.control('/control/faults', { kind: 'status', status: 503, pathPrefix: '/v1/counsel/anna/documents/', count: 1000 });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'save-offline-'));
      const events: SaveProgress[] = [];
      const result = await exportAll(fresh, 'anna', documentIds, dir, new AbortController().signal, (p) => events.push(p));
      expect(result.saved).toBe(1);
      expect(events.at(-1)).toMatchObject({ state: 'finished', failed: documentIds.length - 1 });
      expect(existsSync(dir)).toBe(true);
    } finally {
      await agency.control('/control/faults', undefined, 'DELETE');
      fresh.close();
    }
  });
});
