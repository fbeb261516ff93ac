import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppStatus } from '../../../src/shared/contract/schemas.ts';
import type { Session } from '../../../src/shared/contract/session.ts';
import { makePdf } from '../pdf/helpers/make-pdf.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { completeBrowserSignIn, signInNewPerson, startCore, type CoreHarness } from '../../support/core-harness.ts';

let agency: DemoAgency;
const cores: CoreHarness[] = [];
beforeAll(async () => {
  agency = await startDemoAgency();
});
afterAll(() => agency.close());
afterEach(async () => {
  for (const c of cores.splice(0)) await c.close();
});

function core(overrides = {}) {
  const c = startCore(agency.url, overrides);
  cores.push(c);
  return c;
}

const synced = (c: CoreHarness) => c.until('statusChanged', (s: AppStatus) => s.sync.lastSyncedAt !== null && !s.sync.running);
const profileId = (s: Session) => (s.state === 'unlocked' || s.state === 'locked' ? s.profile.id : '');

describe('first sign-in on a workstation', () => {
  it('asks for a local secret, creates an encrypted profile, and syncs', async () => {
    const c = core();
    expect((await c.value<Session>('getSession')).state).toBe('welcome');
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    expect(session).toMatchObject({ state: 'unlocked', signedIn: true, roles: ['counsel'], activeCounselId: 'anna' });
    expect(session.state === 'unlocked' && session.profile.personName).toBe('Advokat Anna Lindqvist');
    const status = await synced(c);
    expect(status.sync.problem).toBeNull();
    const db = join(c.config.dataDir, 'profiles', profileId(session), 'profile.db');
    expect(readFileSync(db).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('refuses a secret shorter than eight characters at the boundary', async () => {
    const c = core();
    const { authorizeUrl } = await c.value<{ authorizeUrl: string }>('beginSignIn');
    await completeBrowserSignIn(authorizeUrl, 'anna');
    await c.until('sessionChanged', (s) => s.state === 'needsSecret');
    expect(await c.call('createProfile', { secret: 'kort' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('lock and unlock', () => {
  it('lock closes the profile; the right secret opens it, another does not', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    await synced(c);
    expect(await c.value<Session>('lock')).toMatchObject({ state: 'locked', reason: 'manual' });
    expect(await c.call('unlock', { profileId: profileId(session), secret: 'fel lösenord' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await c.value<Session>('unlock', { profileId: profileId(session), secret: 'annas lokala lösen' })).toMatchObject({
      state: 'unlocked',
      signedIn: true,
    });
  });

  it('locks by itself after the inactivity limit', async () => {
    const c = core({ idleLockMinutes: 0.01 });
    await signInNewPerson(c, 'anna', 'annas lokala lösen');
    const locked = await c.until('sessionChanged', (s) => s.state === 'locked');
    expect(locked).toMatchObject({ state: 'locked', reason: 'idle' });
  });

  it('person B’s secret cannot open person A’s profile on the same OS account', async () => {
    const c = core();
    const anna = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    await c.value('switchPerson');
    await signInNewPerson(c, 'erik', 'eriks eget lösen');
    await c.value('switchPerson');
    await c.value('chooseProfile', { profileId: profileId(anna) });
    expect(await c.call('unlock', { profileId: profileId(anna), secret: 'eriks eget lösen' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    const welcome = (await c.value<Session>('switchPerson')) as Extract<Session, { state: 'welcome' }>;
    expect(welcome.profiles.map((p) => p.personName).sort()).toEqual(['Advokat Anna Lindqvist', 'Erik Johansson']);
  });
});

describe('sign-out and removal', () => {
  it('signing out keeps the profile and its data; unlocking later shows it, waiting for a new sign-in', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    await synced(c);
    expect(await c.value<Session>('signOut', { discardUnsent: false })).toMatchObject({ state: 'welcome' });
    await c.value('chooseProfile', { profileId: profileId(session) });
    const again = await c.value<Session>('unlock', { profileId: profileId(session), secret: 'annas lokala lösen' });
    expect(again).toMatchObject({ state: 'unlocked', signedIn: false, activeCounselId: 'anna' });
    const status = await c.value<AppStatus>('getStatus');
    expect(status.sync.lastSyncedAt).not.toBeNull();
  });

  it('signing in again as the same person resumes sync in the same profile', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    await c.value('signOut', { discardUnsent: false });
    await c.value('chooseProfile', { profileId: profileId(session) });
    await c.value('unlock', { profileId: profileId(session), secret: 'annas lokala lösen' });
    const { authorizeUrl } = await c.value<{ authorizeUrl: string }>('beginSignIn');
    const mark = c.events.length;
    await completeBrowserSignIn(authorizeUrl, 'anna');
    expect(await c.until('sessionChanged', (s) => s.state === 'unlocked' && s.signedIn, mark)).toMatchObject({ signedIn: true });
  });

  it('signing in as someone else while a profile is open is refused in plain words', async () => {
    const c = core();
    await signInNewPerson(c, 'anna', 'annas lokala lösen');
    const { authorizeUrl } = await c.value<{ authorizeUrl: string }>('beginSignIn');
    const mark = c.events.length;
    await completeBrowserSignIn(authorizeUrl, 'erik');
    const failed = await c.until('sessionChanged', (s) => s.signIn.status === 'failed', mark);
    expect(failed.signIn).toMatchObject({ status: 'failed', code: 'PERSON_MISMATCH' });
  });

  it('removing a profile deletes its files and its keychain entries', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    const dir = join(c.config.dataDir, 'profiles', profileId(session));
    expect(existsSync(dir)).toBe(true);
    expect(await c.value<Session>('removeProfile', { profileId: profileId(session) })).toMatchObject({ state: 'welcome', profiles: [] });
    expect(existsSync(dir)).toBe(false);
    const { getPassword } = await import('@napi-rs/keyring/keytar.js');
    expect(await getPassword(c.config.keychainService!, `profile:${profileId(session)}:key`)).toBeNull();
  });
});

describe('an assistant', () => {
  it('acting for two counsel picks whose work is shown', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'sara', 'saras lokala lösen');
    expect(session).toMatchObject({ state: 'unlocked', roles: ['assistant'] });
    expect(session.state === 'unlocked' && session.actsFor.map((a) => a.counselId).sort()).toEqual(['anna', 'erik']);
    expect(await c.value<Session>('selectCounsel', { counselId: 'erik' })).toMatchObject({ activeCounselId: 'erik' });
    expect(await c.call('selectCounsel', { counselId: 'large' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('unsent work at sign-out', () => {
  it('is counted, kept when the person signs out, and withdrawn only when they say so', async () => {
    const c = core();
    const session = await signInNewPerson(c, 'anna', 'annas lokala lösen');
    await synced(c);
    // The agency refuses uploads for now: the inlaga stays in the queue.
    await agency.control('/control/faults', { kind: 'status', status: 503, pathPrefix: '/v1/counsel/anna/uploads', count: 1000 });
    try {
      const { token } = await c.value<{ token: string }>('stagingToken');
      const path = join(mkdtempSync(join(tmpdir(), 'picked-')), 'Inlaga.pdf');
      writeFileSync(path, makePdf({ pages: 1 }));
      const staged = await c.client.internal('stageFile', { token, path, fileName: 'Inlaga.pdf' });
      if (!staged.ok) throw new Error(staged.error.code);
      const list = await c.value<{ rows: { appointmentId: string; individualId: string; status: string }[] }>('listAppointments', {
        query: '',
        sort: { column: 'individualNumber', direction: 'asc' },
        offset: 0,
        limit: 500,
      });
      const row = list.rows.find((r) => r.status === 'active')!;
      await c.value('queueInlaga', { appointmentId: row.appointmentId, individualIds: [row.individualId], documents: [{ stagedId: staged.value.stagedId, documentType: 'inlaga' }] });
      expect(await c.value('getUnsentCount')).toEqual({ count: 1 });

      await c.value('signOut', { discardUnsent: false });
      await c.value('chooseProfile', { profileId: profileId(session) });
      await c.value('unlock', { profileId: profileId(session), secret: 'annas lokala lösen' });
      expect(await c.value('getUnsentCount')).toEqual({ count: 1 });

      await c.value('signOut', { discardUnsent: true });
      await c.value('chooseProfile', { profileId: profileId(session) });
      await c.value('unlock', { profileId: profileId(session), secret: 'annas lokala lösen' });
      expect(await c.value('getUnsentCount')).toEqual({ count: 0 });
      const items = await c.value<{ state: string }[]>('listOutbox');
      expect(items.map((i) => i.state)).toEqual(['cancelled']);
    } finally {
      await agency.control('/control/faults', undefined, 'DELETE');
    }
  });
});
