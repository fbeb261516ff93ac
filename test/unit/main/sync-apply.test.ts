import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangesPage } from '../../../src/shared/agency/feed.ts';
import { openDatabase } from '../../../src/main/store/database.ts';
import { PageApplier } from '../../../src/main/sync/apply-page.ts';
import { expireAppointments } from '../../../src/main/sync/purge.ts';

const db = () => openDatabase(join(mkdtempSync(join(tmpdir(), 'apply-')), 'p.db'), randomBytes(32));
const serverTime = '2026-11-23T10:00:00.000Z';
const page = (changes: ChangesPage['changes'], cursor: string, hasMore = false): ChangesPage => ({ changes, cursor, hasMore, serverTime });

const appointment = (id: string, individualId: string, groupId: string, extra: Record<string, unknown> = {}) => ({
  entity: 'appointment' as const,
  op: 'upsert' as const,
  id,
  data: {
    id,
    counselId: 'anna',
    groupId,
    individualId,
    startedOn: '2026-01-10',
    workplaceId: null,
    endedOn: null,
    releasedOn: null,
    appealHandedToCourtOn: null,
    decision: null,
    visibleUntil: null,
    ...extra,
  },
});
const individual = (id: string, name: string) => ({
  entity: 'individual' as const,
  op: 'upsert' as const,
  id,
  data: { id, individualNumber: `1000-${id}`, name, birthDate: '1990-01-01', citizenship: 'Somalia', contact: null },
});
const group = (id: string, main: string) => ({
  entity: 'group' as const,
  op: 'upsert' as const,
  id,
  data: { id, counselId: 'anna', mainIndividualId: main, createdOn: '2026-01-10' },
});
const document = (id: string, appointmentId: string, individualId: string, groupId: string, sha: string) => ({
  entity: 'document' as const,
  op: 'upsert' as const,
  id,
  data: {
    id,
    appointmentId,
    individualId,
    groupId,
    title: 'Kallelse',
    kind: 'kallelse' as const,
    category: 'individarende' as const,
    direction: 'received' as const,
    documentType: null,
    publishedAt: '2026-02-01T09:00:00.000Z',
    registeredOn: '2026-02-01',
    mediaType: 'application/pdf' as const,
    size: 10,
    sha256: sha.repeat(64).slice(0, 64),
    pages: 1,
    sentByPersonId: null,
    submissionId: null,
    claimId: null,
  },
});
const count = (d: ReturnType<typeof db>, table: string) => d.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

const family = [
  group('g1', 'i1'),
  individual('i1', 'Göran Ek'),
  individual('i2', 'Amina Ek'),
  appointment('a1', 'i1', 'g1'),
  appointment('a2', 'i2', 'g1'),
  document('d1', 'a1', 'i1', 'g1', 'a'),
  document('d2', 'a2', 'i2', 'g1', 'b'),
];

describe('applying the change feed', () => {
  it('stores each page with its cursor, so the next sync continues after it', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    expect(applier.cursorOf('anna')).toBe('c1');
    expect(count(d, 'appointment')).toBe(2);
    expect(d.prepare("SELECT search FROM individual WHERE agency_id = 'i1'").pluck().get()).toContain('goran ek');
  });

  it('repeating a page after a crash changes nothing (upserts and deletes are idempotent)', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    expect(count(d, 'document')).toBe(2);
  });

  it('an appointment deleted by the agency takes its documents and its individual with it, and reports their files', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    const effects = applier.apply('anna', page([{ entity: 'appointment', op: 'delete', id: 'a2' }], 'c2'), { reset: false, syncedAt: serverTime });
    expect(effects.removedShas).toEqual(['b'.repeat(64)]);
    expect(d.prepare("SELECT agency_id FROM individual ORDER BY agency_id").pluck().all()).toEqual(['i1']);
    expect(count(d, 'appointment_group')).toBe(1);
  });

  it('the last appointment of a group takes the group and its claims', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    applier.apply(
      'anna',
      page(
        [
          { entity: 'appointment', op: 'delete', id: 'a1' },
          { entity: 'appointment', op: 'delete', id: 'a2' },
        ],
        'c2',
      ),
      { reset: false, syncedAt: serverTime },
    );
    for (const t of ['appointment', 'appointment_group', 'individual', 'document']) expect(count(d, t)).toBe(0);
  });

  it('a full re-sync replaces a counsel’s rows in the same transaction as the first new page', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: serverTime });
    applier.apply('erik', page([individual('x1', 'Erik’s client')], 'e1'), { reset: false, syncedAt: serverTime });
    applier.apply('anna', page([group('g9', 'i9'), individual('i9', 'Ny Person'), appointment('a9', 'i9', 'g9')], 'r1'), {
      reset: true,
      syncedAt: serverTime,
    });
    expect(d.prepare("SELECT agency_id FROM individual WHERE counsel_id = 'anna'").pluck().all()).toEqual(['i9']);
    expect(d.prepare("SELECT agency_id FROM individual WHERE counsel_id = 'erik'").pluck().all()).toEqual(['x1']);
    expect(applier.cursorOf('anna')).toBe('r1');
  });

  it('keeps the last finished sync time until the last page of a new sync is in', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply('anna', page(family, 'c1'), { reset: false, syncedAt: '2026-11-22T08:00:00.000Z' });
    applier.apply('anna', page([], 'c2', true), { reset: false, syncedAt: '2026-11-23T08:00:00.000Z' });
    expect(d.prepare('SELECT last_synced_at FROM sync_cursor').pluck().get()).toBe('2026-11-22T08:00:00.000Z');
  });
});

describe('visibility kept offline', () => {
  it('removes an appointment the day after its last visible day by the agency’s calendar', () => {
    const d = db();
    const applier = new PageApplier(d);
    applier.apply(
      'anna',
      page([group('g1', 'i1'), individual('i1', 'Göran Ek'), appointment('a1', 'i1', 'g1', { releasedOn: '2026-11-01', visibleUntil: '2026-11-11' })], 'c1'),
      { reset: false, syncedAt: serverTime },
    );
    expect(d.transaction(() => expireAppointments(d, '2026-11-11'))()).toEqual([]);
    expect(d.transaction(() => expireAppointments(d, '2026-11-12'))()).toHaveLength(1);
    expect(count(d, 'individual')).toBe(0);
  });
});
