// The one definition of what the renderer may ask of main, and what main tells it.
// Both hosts (Electron IPC, browser WebSocket) and the preloads are generated from it.
import { z } from 'zod';
import type { EventName, EventSubscriberName, MethodName } from './names.ts';
import type { Result } from './result.ts';
import { languageSchema, type AppInfo, type AppStatus, type Preferences } from './schemas.ts';

export * from './names.ts';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-level only: what the method answers with. */
  readonly output?: O;
}

function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): MethodSpec<I, O> => ({ input }) };
}

const none = z.undefined();

export const methods = {
  getAppInfo: method(none).returns<AppInfo>(),
  getStatus: method(none).returns<AppStatus>(),
  getPreferences: method(none).returns<Preferences>(),
  setLanguage: method(z.strictObject({ language: languageSchema })).returns<Preferences>(),
  checkConnection: method(none).returns<AppStatus>(),
} satisfies { [K in MethodName]: MethodSpec<z.ZodType, unknown> };

/** Events main pushes to the renderer; each carries one payload. */
export interface Events extends Record<EventName, unknown> {
  statusChanged: AppStatus;
  preferencesChanged: Preferences;
}

export type Methods = typeof methods;
export type MethodInput<K extends MethodName> = z.input<Methods[K]['input']>;
export type MethodParsed<K extends MethodName> = z.output<Methods[K]['input']>;
export type MethodOutput<K extends MethodName> = NonNullable<Methods[K]['output']>;

/** What `window.api` is: one function per method, one subscription per event. */
export type Api = {
  [K in MethodName]: (...input: MethodInput<K> extends undefined ? [] : [MethodInput<K>]) => Promise<Result<MethodOutput<K>>>;
} & {
  [E in EventName as EventSubscriberName<E>]: (listener: (payload: Events[E]) => void) => () => void;
};
