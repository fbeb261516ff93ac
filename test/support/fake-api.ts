import type { Api, EventName, Events } from '../../src/shared/contract/contract.ts';
import type { ContractError, ErrorCode, Result } from '../../src/shared/contract/result.ts';
import type { AppStatus, Preferences, SyncStatus } from '../../src/shared/contract/schemas.ts';
import type { CounselRef, LockReason, ProfileSummary, Session, SignInProgress } from '../../src/shared/contract/session.ts';

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
  const activeCounsel = new Map<string, string>();

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
        host: 'browser' as const,
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
      if (input.discardUnsent) unsentCount = 0;
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
    getUnsentCount: () => record('getUnsentCount', undefined, { count: unsentCount }),
    // The contract types this answer as never (MethodOutput is NonNullable<null>); main answers null.
    reportActivity: () => record('reportActivity', undefined, null),
    syncNow: () => {
      if (!unlocked()?.signedIn) return refuse('syncNow', undefined, 'NOT_SIGNED_IN');
      emit('statusChanged', { ...status, sync: { ...status.sync, running: true, progress: { items: 0, bytes: 0 } } });
      return record('syncNow', undefined, status);
    },
    onStatusChanged: subscribe('statusChanged'),
    onPreferencesChanged: subscribe('preferencesChanged'),
    onSessionChanged: subscribe('sessionChanged'),
    onDataChanged: subscribe('dataChanged'),
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
  };
}

export type FakeApi = ReturnType<typeof fakeApi>;
