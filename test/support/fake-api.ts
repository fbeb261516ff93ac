import { DOCUMENT_KIND_INFO, type DocumentKind } from '../../src/shared/agency/documents.ts';
import type {
  AppointmentRow,
  DocumentRow,
  GroupMember,
  ListAppointmentsInput,
  ListDocumentsInput,
  Overview,
  PurgeNotice,
  PurgeReason,
} from '../../src/shared/contract/appointments.ts';
import type { Api, EventName, Events } from '../../src/shared/contract/contract.ts';
import type { ContractError, ErrorCode, Result } from '../../src/shared/contract/result.ts';
import type { AppStatus, HostKind, Preferences, SyncStatus } from '../../src/shared/contract/schemas.ts';
import type { CounselRef, LockReason, ProfileSummary, Session, SignInProgress } from '../../src/shared/contract/session.ts';
import { appealDeadline } from '../../src/shared/domain/deadlines.ts';
import { appealAvailability, inlagaAvailability } from '../../src/shared/domain/submission-rules.ts';
import { createTextFilter, normalizeForSearch } from '../../src/shared/domain/text-filter.ts';
import type { OutboxItem } from '../../src/shared/contract/outbox.ts';
import { fakeOutbox } from './fake/outbox.ts';

// ---------------------------------------------------------------------------------------------
// Appointments and documents: a small local copy, as main would answer from SQLite.

/** The agency's day in these tests (TEST_NOW's date): the rules of the buttons are computed for it. */
export const FAKE_TODAY = '2026-11-23';

export interface FakeAppointment {
  appointmentId: string;
  individualId: string;
  individualNumber: string;
  name: string;
  citizenship: string;
  birthDate: string;
  groupId: string;
  startedOn: string;
  endedOn: string | null;
  releasedOn: string | null;
  visibleUntil: string | null;
  /** Notified decision in the asylum case. */
  decision: { outcome: 'granted' | 'refused'; notifiedOn: string } | null;
  workplace: Overview['appointment']['workplace'];
  contact: NonNullable<Overview['individual']['contact']>;
  /** When the person last opened the overview (the next overview's newSince). */
  previousVisit: string | null;
}

export interface FakeDocument extends Omit<DocumentRow, 'isNew' | 'category' | 'direction'> {
  appointmentId: string;
}

const WORKPLACE = { name: 'Advokatfirman Advokat', street: 'Drottninggatan 12', postcode: '111 51', city: 'Stockholm' };
const contact = (phone: string | null, email: string | null, address: string | null, isProtected = false) => ({
  phone,
  email,
  address,
  protected: isProtected,
});

function appointment(a: Partial<FakeAppointment> & Pick<FakeAppointment, 'appointmentId' | 'individualNumber' | 'name' | 'citizenship'>): FakeAppointment {
  return {
    individualId: `i-${a.appointmentId}`,
    birthDate: '1990-01-01',
    groupId: `g-${a.appointmentId}`,
    startedOn: '2026-09-01',
    endedOn: null,
    releasedOn: null,
    visibleUntil: null,
    decision: null,
    workplace: WORKPLACE,
    contact: contact('070-123 45 67', null, 'Storgatan 1, 123 45 Märsta'),
    previousVisit: null,
    ...a,
  };
}

/**
 * Anna's appointments: the Haddad family (main individual; a member with protected contact
 * details; a member counsel was released for), the manual's "Göran … / Somalia" with documents
 * of several kinds, and singles with a decision in and out of the appeal window, or ended.
 */
export function demoAppointments(): FakeAppointment[] {
  return [
    appointment({
      appointmentId: 'a-goran',
      individualNumber: '20581234',
      name: 'Göran Abdi Warsame',
      citizenship: 'Somalia',
      birthDate: '1991-04-17',
      startedOn: '2026-10-20',
      contact: contact('070-555 12 34', 'goran@example.se', 'Västra vägen 4, 195 60 Arlandastad'),
      previousVisit: '2026-11-20T08:00:00.000Z',
    }),
    appointment({ appointmentId: 'a-petrovic', individualNumber: '20581300', name: 'Göran Petrović', citizenship: 'Serbien', birthDate: '1985-03-11' }),
    appointment({ appointmentId: 'a-farah', individualNumber: '20990001', name: 'Abdullahi Farah', citizenship: 'Somalia', birthDate: '1989-10-10' }),
    appointment({
      appointmentId: 'a-karim',
      individualId: 'i-karim',
      individualNumber: '31045678',
      name: 'Karim Haddad',
      citizenship: 'Irak',
      birthDate: '1979-12-12',
      groupId: 'g-haddad',
    }),
    appointment({
      appointmentId: 'a-noor',
      individualId: 'i-noor',
      individualNumber: '31045679',
      name: 'Noor Haddad',
      citizenship: 'Irak',
      birthDate: '1984-03-05',
      groupId: 'g-haddad',
      contact: contact('070-999 00 11', 'noor@example.se', 'Skyddad adress, c/o Skatteverket', true),
    }),
    appointment({
      appointmentId: 'a-sara',
      individualId: 'i-sara',
      individualNumber: '31045680',
      name: 'Sara Haddad',
      citizenship: 'Irak',
      birthDate: '2010-06-30',
      groupId: 'g-haddad',
      releasedOn: '2026-11-20',
      visibleUntil: '2026-11-30',
    }),
    appointment({
      appointmentId: 'a-rahimi',
      individualNumber: '40012345',
      name: 'Mohammad Rahimi',
      citizenship: 'Afghanistan',
      birthDate: '1998-02-14',
      decision: { outcome: 'refused', notifiedOn: '2026-11-13' },
      workplace: null,
    }),
    appointment({
      appointmentId: 'a-kovalenko',
      individualNumber: '40077777',
      name: 'Olena Kovalenko',
      citizenship: 'Ukraina',
      birthDate: '1975-05-19',
      startedOn: '2025-01-10',
      decision: { outcome: 'granted', notifiedOn: '2025-06-02' },
      endedOn: '2026-10-01',
      visibleUntil: '2027-01-01',
    }),
    appointment({ appointmentId: 'a-tesfay', individualNumber: '40088888', name: 'Yonas Tesfay', citizenship: 'Eritrea', birthDate: '1995-07-01' }),
    appointment({ appointmentId: 'a-noori', individualNumber: '40099999', name: 'Fatima Noori', citizenship: 'Afghanistan', birthDate: '2001-08-25' }),
  ];
}

const doc = (appointmentId: string, documentId: string, kind: DocumentKind, title: string, publishedAt: string, more: Partial<FakeDocument> = {}): FakeDocument => ({
  appointmentId,
  documentId,
  kind,
  title,
  publishedAt,
  registeredOn: publishedAt.slice(0, 10),
  size: 182_000,
  pages: 3,
  stored: true,
  sentByMe: false,
  ...more,
});

/** Göran has one of each kind that matters; Göran's visit before this one was 2026-11-20. */
export function demoDocuments(): FakeDocument[] {
  return [
    doc('a-goran', 'd-forordnande', 'beslut_om_forordnande', 'Beslut om förordnande av offentligt biträde', '2026-10-20T09:12:00.000Z'),
    doc('a-goran', 'd-asyl', 'asylansokan', 'Asylansökan', '2026-10-21T10:00:00.000Z', { size: 2_400_000, pages: 14 }),
    doc('a-goran', 'd-inlaga-anna', 'inlaga', 'Inlaga om skyddsskäl', '2026-11-02T13:30:00.000Z', { sentByMe: true }),
    doc('a-goran', 'd-inlaga-maria', 'inlaga', 'Kompletterande inlaga', '2026-11-10T08:45:00.000Z'),
    doc('a-goran', 'd-landinfo', 'landinformation', 'Landinformation Somalia', '2026-11-21T07:30:00.000Z', { size: 5_300_000, pages: 48 }),
    doc('a-goran', 'd-kallelse', 'kallelse', 'Kallelse till utredningsmöte', '2026-11-22T14:05:00.000Z', { stored: false, size: 3_000_000 }),
    doc('a-goran', 'd-anteckning', 'tjansteanteckning', 'Tjänsteanteckning', '2026-11-23T08:15:00.000Z', { pages: 1, size: 48_000 }),
    doc('a-karim', 'd-karim-forordnande', 'beslut_om_forordnande', 'Beslut om förordnande av offentligt biträde', '2026-09-01T09:00:00.000Z'),
    doc('a-karim', 'd-karim-kostnad', 'kostnadsrakning', 'Kostnadsräkning', '2026-11-01T12:00:00.000Z', { sentByMe: true }),
    doc('a-noor', 'd-noor-forordnande', 'beslut_om_forordnande', 'Beslut om förordnande av offentligt biträde', '2026-09-01T09:00:00.000Z'),
    doc('a-rahimi', 'd-rahimi-beslut', 'beslut', 'Beslut i asylärendet', '2026-11-13T09:00:00.000Z'),
  ];
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'sv', { sensitivity: 'base' });
}

function pageOf<T>(rows: T[], offset: number, limit: number) {
  return { total: rows.length, offset, rows: rows.slice(offset, offset + limit) };
}

function appointmentRows(all: FakeAppointment[], input: ListAppointmentsInput) {
  const matches = createTextFilter(input.query);
  const dir = input.sort.direction === 'asc' ? 1 : -1;
  const key = (a: FakeAppointment) => (input.sort.column === 'name' ? normalizeForSearch(a.name) : input.sort.column === 'citizenship' ? normalizeForSearch(a.citizenship) : a.individualNumber);
  const rows = all
    .filter((a) => matches([a.individualNumber, a.name, a.citizenship]))
    .sort((a, b) => dir * (compareText(key(a), key(b)) || compareText(a.individualNumber, b.individualNumber)))
    .map(
      (a): AppointmentRow => ({
        appointmentId: a.appointmentId,
        individualId: a.individualId,
        individualNumber: a.individualNumber,
        name: a.name,
        citizenship: a.citizenship,
        groupId: a.groupId,
        groupSize: all.filter((b) => b.groupId === a.groupId).length,
        status: a.releasedOn ? 'released' : a.endedOn ? 'ended' : 'active',
        startedOn: a.startedOn,
        endedOn: a.endedOn,
      }),
    );
  return pageOf(rows, input.offset, input.limit);
}

function overviewOf(all: FakeAppointment[], a: FakeAppointment): Overview {
  const decision = a.decision && { decidedOn: a.decision.notifiedOn, notifiedOn: a.decision.notifiedOn, outcome: a.decision.outcome, appealLastDay: appealDeadline(a.decision.notifiedOn) };
  const facts = { releasedOn: a.releasedOn, endedOn: a.endedOn, decision };
  const group = all.filter((b) => b.groupId === a.groupId).sort((x, y) => compareText(x.individualNumber, y.individualNumber));
  const mainIndividualId = group[0]?.individualId ?? a.individualId;
  return {
    counselId: 'c-anna',
    appointment: {
      id: a.appointmentId,
      status: a.releasedOn ? 'released' : a.endedOn ? 'ended' : 'active',
      startedOn: a.startedOn,
      endedOn: a.endedOn,
      releasedOn: a.releasedOn,
      workplace: a.workplace,
      decision,
      visibleUntil: a.visibleUntil,
    },
    individual: {
      id: a.individualId,
      individualNumber: a.individualNumber,
      name: a.name,
      birthDate: a.birthDate,
      citizenship: a.citizenship,
      contact: a.releasedOn ? null : a.contact,
    },
    group: {
      id: a.groupId,
      mainIndividualId,
      members: group.map(
        (m): GroupMember => ({
          individualId: m.individualId,
          individualNumber: m.individualNumber,
          name: m.name,
          appointmentId: m.releasedOn ? null : m.appointmentId,
          released: m.releasedOn !== null,
          main: m.individualId === mainIndividualId,
          current: m.appointmentId === a.appointmentId,
        }),
      ),
    },
    actions: { inlaga: inlagaAvailability(facts), appeal: appealAvailability(facts, FAKE_TODAY) },
    newSince: a.previousVisit,
  };
}

function documentRows(docs: FakeDocument[], input: ListDocumentsInput) {
  const matches = createTextFilter(input.query);
  const dir = input.sort.direction === 'asc' ? 1 : -1;
  const key = (d: FakeDocument) => (input.sort.column === 'title' ? normalizeForSearch(d.title) : input.sort.column === 'registeredOn' ? d.registeredOn : d.publishedAt);
  const since = input.newSince === null ? null : Date.parse(input.newSince);
  const rows = docs
    .filter((d) => d.appointmentId === input.appointmentId)
    .filter((d) => matches([d.title, DOCUMENT_KIND_INFO[d.kind].label.sv, d.registeredOn]))
    .sort((a, b) => dir * compareText(key(a), key(b)) || compareText(b.publishedAt, a.publishedAt))
    .map(
      ({ appointmentId: _, ...d }): DocumentRow => ({
        ...d,
        category: DOCUMENT_KIND_INFO[d.kind].category,
        direction: DOCUMENT_KIND_INFO[d.kind].direction,
        isNew: since !== null && Date.parse(d.publishedAt) > since,
      }),
    );
  return pageOf(rows, input.offset, input.limit);
}

/** Synthetic appointments after the demo ones, for paging and virtualization. */
export function manyAppointments(count: number): FakeAppointment[] {
  return Array.from({ length: count }, (_, i) =>
    appointment({
      appointmentId: `a-many-${i}`,
      individualNumber: String(50_000_000 + i),
      name: `Person ${String(i).padStart(4, '0')}`,
      citizenship: i % 2 === 0 ? 'Syrien' : 'Irak',
    }),
  );
}

/** A profile the fake knows, with what main keeps to itself (the secret, roles, sign-in). */
export interface FakeProfile {
  id: string;
  personName: string;
  secret: string;
  lastUsedAt: string | null;
  roles: ('counsel' | 'assistant')[];
  actsFor: CounselRef[];
  signedIn: boolean;
}

export const ANNA: FakeProfile = {
  id: 'anna-0001',
  personName: 'Anna Advokat',
  secret: 'annas-hemlighet',
  lastUsedAt: '2026-11-20T08:30:00.000Z',
  roles: ['counsel'],
  actsFor: [{ counselId: 'c-anna', name: 'Anna Advokat', relation: 'self' }],
  signedIn: true,
};

export const BO: FakeProfile = {
  id: 'bo-assistent-0002',
  personName: 'Bo Assistent',
  secret: 'bos-hemlighet',
  lastUsedAt: null,
  roles: ['assistant'],
  actsFor: [
    { counselId: 'c-karin', name: 'Karin Jurist', relation: 'assistant' },
    { counselId: 'c-lars', name: 'Lars Ombud', relation: 'assistant' },
  ],
  signedIn: true,
};

type Start =
  | { state: 'welcome' }
  | { state: 'needsSecret'; personName: string }
  | { state: 'locked'; profileId: string; reason?: LockReason }
  | { state: 'unlocked'; profileId: string };

export interface FakeOptions {
  profiles?: FakeProfile[];
  start?: Start;
  unsentCount?: number;
  status?: AppStatus;
  /** Which host the renderer runs in: saving files differs (default the browser host). */
  host?: HostKind;
  /** The local copy (default: demoAppointments() and demoDocuments()). */
  appointments?: FakeAppointment[];
  documents?: FakeDocument[];
  purgeNotices?: PurgeNotice[];
  /** Documents not on this computer cannot be fetched: openDocument answers OFFLINE for them. */
  agencyUnreachable?: boolean;
  /** Operations already in the queue (see outboxItem in ./fake/outbox.ts). */
  outbox?: (OutboxItem & { target?: string })[];
  /** The clock of created and delivered times (default the real one, which fake timers set). */
  now?: () => Date;
  /** Replaces single methods, e.g. to make one fail or never answer. */
  overrides?: Partial<Api>;
}

export const IDLE_SYNC: SyncStatus = { running: false, progress: null, lastSyncedAt: null, problem: null, clockSkewSeconds: null };

export function syncStatus(sync: Partial<SyncStatus> = {}, connection: AppStatus['connection'] = 'online'): AppStatus {
  return { connection, lastContactAt: '2026-11-23T09:00:00.000Z', sync: { ...IDLE_SYNC, ...sync } };
}

const fail = (code: ErrorCode, message = code): Result<never> => ({ ok: false, error: { code, message } satisfies ContractError });

/**
 * An in-memory window.api for component tests: records calls, lets a test push events, and keeps a
 * session state machine close enough to main's (welcome → sign-in → needsSecret → unlocked ⇄ locked).
 */
export function fakeApi(options: FakeOptions = {}) {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const calls: { method: string; input: unknown }[] = [];
  const profiles = (options.profiles ?? [ANNA]).map((p) => ({ ...p, actsFor: [...p.actsFor] }));
  let preferences: Preferences = { language: 'sv' };
  let status: AppStatus = options.status ?? syncStatus();
  let unsentCount = options.unsentCount ?? 0;
  let signIn: SignInProgress = { status: 'idle' };
  const host: HostKind = options.host ?? 'browser';
  const activeCounsel = new Map<string, string>();
  const appointments = options.appointments ?? demoAppointments();
  const documents = options.documents ?? demoDocuments();
  let notices: PurgeNotice[] = [...(options.purgeNotices ?? [])];
  let noticeId = notices.length;
  const outbox = fakeOutbox({ appointments, documents, today: FAKE_TODAY, calls, emit: (name, payload) => emit(name, payload), ...(options.now ? { now: options.now } : {}) }, options.outbox);

  type Core = { state: 'welcome' } | { state: 'needsSecret'; personName: string } | { state: 'locked'; id: string; reason: LockReason } | { state: 'unlocked'; id: string };
  const start = options.start ?? { state: 'welcome' };
  let core: Core =
    start.state === 'locked'
      ? { state: 'locked', id: start.profileId, reason: start.reason ?? 'startup' }
      : start.state === 'unlocked'
        ? { state: 'unlocked', id: start.profileId }
        : start;

  const find = (id: string) => profiles.find((p) => p.id === id);
  const summary = (p: FakeProfile): ProfileSummary => ({ id: p.id, personName: p.personName, lastUsedAt: p.lastUsedAt });

  function session(): Session {
    if (core.state === 'welcome') return { state: 'welcome', profiles: profiles.map(summary), signIn };
    if (core.state === 'needsSecret') return { state: 'needsSecret', personName: core.personName, signIn };
    const profile = find(core.id);
    if (!profile) throw new Error(`fake: no profile ${core.id}`);
    if (core.state === 'locked') return { state: 'locked', profile: summary(profile), reason: core.reason, signIn };
    const active = activeCounsel.get(profile.id) ?? profile.actsFor[0]?.counselId ?? null;
    return {
      state: 'unlocked',
      profile: summary(profile),
      roles: profile.roles,
      actsFor: profile.actsFor,
      activeCounselId: active,
      signedIn: profile.signedIn,
      signIn,
    };
  }

  function emit<E extends EventName>(name: E, payload: Events[E]) {
    if (name === 'statusChanged') status = payload as AppStatus;
    for (const listener of listeners.get(name) ?? []) (listener as (p: Events[E]) => void)(payload);
  }
  const subscribe = (name: EventName) => (listener: (payload: never) => void) => {
    const set = listeners.get(name) ?? new Set();
    listeners.set(name, set);
    set.add(listener);
    return () => void set.delete(listener);
  };
  const record = <T>(method: string, input: unknown, value: T) => {
    calls.push({ method, input });
    return Promise.resolve({ ok: true as const, value });
  };
  const refuse = (method: string, input: unknown, code: ErrorCode) => {
    calls.push({ method, input });
    return Promise.resolve(fail(code));
  };
  /** A session change: answered to the caller and pushed as an event, as main does. */
  const transition = (method: string, input: unknown, next: Core) => {
    core = next;
    const value = session();
    emit('sessionChanged', value);
    return record(method, input, value);
  };
  const unlocked = () => (core.state === 'unlocked' ? find(core.id) : undefined);

  const api: Api = {
    getAppInfo: () =>
      record('getAppInfo', undefined, {
        name: 'Biträde Desktop',
        version: '0.0.0-test',
        host,
        platform: 'linux',
        agencyOrigin: 'http://127.0.0.1:4010',
        demoAgency: true,
      }),
    getStatus: () => record('getStatus', undefined, status),
    checkConnection: () => record('checkConnection', undefined, status),
    getPreferences: () => record('getPreferences', undefined, preferences),
    setLanguage: (input) => {
      preferences = { ...preferences, language: input.language };
      return record('setLanguage', input, preferences);
    },
    getSession: () => record('getSession', undefined, session()),
    beginSignIn: () => {
      const authorizeUrl = 'http://127.0.0.1:4010/oauth/authorize?state=fake';
      signIn = { status: 'waiting', authorizeUrl };
      emit('sessionChanged', session());
      return record('beginSignIn', undefined, { authorizeUrl, openedExternally: false });
    },
    cancelSignIn: () => {
      signIn = { status: 'idle' };
      return transition('cancelSignIn', undefined, core.state === 'needsSecret' ? { state: 'welcome' } : core);
    },
    createProfile: (input) => {
      if (core.state !== 'needsSecret') return refuse('createProfile', input, 'INVALID_STATE');
      const profile: FakeProfile = { ...ANNA, id: `new-${profiles.length}-0000`, personName: core.personName, secret: input.secret, lastUsedAt: null };
      profiles.push(profile);
      return transition('createProfile', input, { state: 'unlocked', id: profile.id });
    },
    chooseProfile: (input) => {
      if (!find(input.profileId)) return refuse('chooseProfile', input, 'PROFILE_NOT_FOUND');
      return transition('chooseProfile', input, { state: 'locked', id: input.profileId, reason: 'switched' });
    },
    unlock: (input) => {
      const profile = find(input.profileId);
      if (!profile) return refuse('unlock', input, 'PROFILE_NOT_FOUND');
      if (profile.secret !== input.secret) return refuse('unlock', input, 'WRONG_SECRET');
      return transition('unlock', input, { state: 'unlocked', id: profile.id });
    },
    lock: () => (core.state === 'unlocked' ? transition('lock', undefined, { state: 'locked', id: core.id, reason: 'manual' }) : record('lock', undefined, session())),
    switchPerson: () => transition('switchPerson', undefined, { state: 'welcome' }),
    signOut: (input) => {
      const profile = unlocked();
      if (!profile) return refuse('signOut', input, 'LOCKED');
      profile.signedIn = false;
      if (input.discardUnsent) {
        unsentCount = 0;
        outbox.control.discardUnsent();
      }
      return transition('signOut', input, { state: 'locked', id: profile.id, reason: 'signedOut' });
    },
    removeProfile: (input) => {
      const index = profiles.findIndex((p) => p.id === input.profileId);
      if (index < 0) return refuse('removeProfile', input, 'PROFILE_NOT_FOUND');
      profiles.splice(index, 1);
      return transition('removeProfile', input, { state: 'welcome' });
    },
    selectCounsel: (input) => {
      const profile = unlocked();
      if (!profile) return refuse('selectCounsel', input, 'LOCKED');
      if (!profile.actsFor.some((c) => c.counselId === input.counselId)) return refuse('selectCounsel', input, 'INVALID_INPUT');
      activeCounsel.set(profile.id, input.counselId);
      return transition('selectCounsel', input, core);
    },
    getUnsentCount: () => record('getUnsentCount', undefined, { count: unsentCount + outbox.control.pending() }),
    // The contract types this answer as never (MethodOutput is NonNullable<null>); main answers null.
    reportActivity: () => record('reportActivity', undefined, null),
    syncNow: () => {
      if (!unlocked()?.signedIn) return refuse('syncNow', undefined, 'NOT_SIGNED_IN');
      emit('statusChanged', { ...status, sync: { ...status.sync, running: true, progress: { items: 0, bytes: 0 } } });
      return record('syncNow', undefined, status);
    },
    listAppointments: (input) => {
      if (!unlocked()) return refuse('listAppointments', input, 'LOCKED');
      return record('listAppointments', input, appointmentRows(appointments, input));
    },
    getOverview: (input) => {
      const found = appointments.find((a) => a.appointmentId === input.appointmentId);
      if (!found) return refuse('getOverview', input, 'NOT_FOUND');
      return record('getOverview', input, overviewOf(appointments, found));
    },
    listDocuments: (input) => {
      if (!appointments.some((a) => a.appointmentId === input.appointmentId)) return refuse('listDocuments', input, 'NOT_FOUND');
      return record('listDocuments', input, documentRows(documents, input));
    },
    openDocument: (input) => {
      const found = documents.find((d) => d.documentId === input.documentId);
      if (!found) return refuse('openDocument', input, 'NOT_FOUND');
      if (!found.stored) {
        if (options.agencyUnreachable) return refuse('openDocument', input, 'OFFLINE');
        // Fetched now, with progress, as main does for content not on this computer yet.
        for (const bytes of [0, Math.round(found.size / 2), found.size]) emit('documentProgress', { documentId: found.documentId, bytes, total: found.size });
        found.stored = true;
      }
      return record('openDocument', input, { documentId: found.documentId, url: `/content/token-${found.documentId}`, title: found.title, size: found.size, pages: found.pages });
    },
    saveDocument: (input) => (host === 'electron' ? record('saveDocument', input, { saved: true }) : refuse('saveDocument', input, 'HOST_UNSUPPORTED')),
    saveAllDocuments: (input) => {
      if (host !== 'electron') return refuse('saveAllDocuments', input, 'HOST_UNSUPPORTED');
      const total = documents.filter((d) => d.appointmentId === input.appointmentId).length;
      for (let done = 0; done <= total; done++) emit('saveProgress', { done, total, failed: 0, state: done === total ? 'finished' : 'running' });
      return record('saveAllDocuments', input, { saved: total, cancelled: false });
    },
    cancelSaveAll: () => record('cancelSaveAll', undefined, null),
    listPurgeNotices: () => record('listPurgeNotices', undefined, [...notices]),
    dismissPurgeNotices: () => {
      notices = [];
      return record('dismissPurgeNotices', undefined, null);
    },
    // Staging and the queue: in memory, with the rules and states of main (./fake/outbox.ts).
    ...outbox.methods,
    onStatusChanged: subscribe('statusChanged'),
    onPreferencesChanged: subscribe('preferencesChanged'),
    onSessionChanged: subscribe('sessionChanged'),
    onDataChanged: subscribe('dataChanged'),
    onDocumentProgress: subscribe('documentProgress'),
    onSaveProgress: subscribe('saveProgress'),
    onOutboxChanged: subscribe('outboxChanged'),
    onUploadProgress: subscribe('uploadProgress'),
    ...options.overrides,
  };

  return {
    api,
    calls,
    emit,
    session,
    /** Calls of one method, in order. */
    callsOf: (method: keyof Api) => calls.filter((c) => c.method === method),
    /** The person finished in the browser: a new person needs a secret; a signed-out profile is signed in again. */
    completeSignIn(personName: string) {
      signIn = { status: 'idle' };
      const profile = unlocked();
      if (profile) profile.signedIn = true;
      else core = { state: 'needsSecret', personName };
      emit('sessionChanged', session());
    },
    failSignIn(message: { sv: string; en: string }) {
      signIn = { status: 'failed', code: 'SIGN_IN_FAILED', message };
      emit('sessionChanged', session());
    },
    /** Main's inactivity lock, or its sign-in expiry, as events. */
    lockForIdle() {
      if (core.state === 'unlocked') core = { state: 'locked', id: core.id, reason: 'idle' };
      emit('sessionChanged', session());
    },
    expireSignIn() {
      const profile = unlocked();
      if (profile) profile.signedIn = false;
      emit('sessionChanged', session());
    },
    setUnsentCount(count: number) {
      unsentCount = count;
    },
    /** The queue's controls: POST /staging as a fetch replacement, and the sender's and agency's moves. */
    outbox: outbox.control,
    appointments,
    documents,
    /** Sync removed an appointment by a rule (B2): its rows go, a notice is kept, views are told. */
    purge(appointmentId: string, reason: PurgeReason) {
      const index = appointments.findIndex((a) => a.appointmentId === appointmentId);
      const [gone] = appointments.splice(index, 1);
      if (!gone) throw new Error(`fake: no appointment ${appointmentId}`);
      for (let i = documents.length - 1; i >= 0; i--) if (documents[i]!.appointmentId === appointmentId) documents.splice(i, 1);
      notices = [...notices, { id: ++noticeId, individualNumber: gone.individualNumber, reason, purgedAt: '2026-11-23T09:30:00.000Z' }];
      emit('dataChanged', { kinds: ['appointment', 'document'] });
    },
  };
}

export type FakeApi = ReturnType<typeof fakeApi>;
