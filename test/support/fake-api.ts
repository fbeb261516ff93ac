import type { Api, EventName, Events } from '../../src/shared/contract/contract.ts';
import type { AppStatus, Preferences } from '../../src/shared/contract/schemas.ts';

/** An in-memory window.api for component tests: records calls and lets a test push events. */
export function fakeApi(overrides: Partial<Api> = {}) {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const calls: { method: string; input: unknown }[] = [];
  let preferences: Preferences = { language: 'sv' };
  let status: AppStatus = { connection: 'online', lastContactAt: '2026-11-23T09:00:00.000Z', sync: { state: 'idle', lastSyncedAt: null } };

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
    onStatusChanged: subscribe('statusChanged'),
    onPreferencesChanged: subscribe('preferencesChanged'),
    ...overrides,
  };

  return {
    api,
    calls,
    emit<E extends EventName>(name: E, payload: Events[E]) {
      if (name === 'statusChanged') status = payload as AppStatus;
      for (const listener of listeners.get(name) ?? []) (listener as (p: Events[E]) => void)(payload);
    },
  };
}
