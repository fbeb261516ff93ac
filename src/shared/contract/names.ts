// The names of the contract, apart from its schemas, so the preloads carry no validation code:
// validation happens in main, where the input is untrusted. contract.ts is checked against these.

export const methodNames = [
  'getAppInfo',
  'getStatus',
  'getPreferences',
  'setLanguage',
  'checkConnection',
  'getSession',
  'beginSignIn',
  'cancelSignIn',
  'createProfile',
  'chooseProfile',
  'unlock',
  'lock',
  'switchPerson',
  'signOut',
  'removeProfile',
  'selectCounsel',
  'getUnsentCount',
  'reportActivity',
  'syncNow',
  'listAppointments',
  'getOverview',
  'listDocuments',
  'openDocument',
  'saveDocument',
  'saveAllDocuments',
  'cancelSaveAll',
  'listPurgeNotices',
  'dismissPurgeNotices',
  'stagingToken',
  'discardStaged',
  'queueInlaga',
  'queueAppeal',
  'listOutbox',
  'retryNow',
  'cancelOperation',
  'resendOperation',
] as const;
export const eventNames = ['statusChanged', 'preferencesChanged', 'sessionChanged', 'dataChanged', 'documentProgress', 'saveProgress', 'outboxChanged', 'uploadProgress'] as const;

export type MethodName = (typeof methodNames)[number];
export type EventName = (typeof eventNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (eventNames as readonly string[]).includes(name);
}

type Capitalized<S extends string> = S extends `${infer F}${infer R}` ? `${Uppercase<F>}${R}` : S;
export type EventSubscriberName<E extends EventName> = `on${Capitalized<E>}`;

export function subscriberName<E extends EventName>(event: E): EventSubscriberName<E> {
  return `on${event.charAt(0).toUpperCase()}${event.slice(1)}` as EventSubscriberName<E>;
}

/** IPC channel names: never chosen by the renderer, always derived from a contract name. */
export const channel = {
  invoke: (name: MethodName) => `api:${name}`,
  event: (name: EventName) => `event:${name}`,
};
