// The one definition of what the renderer may ask of main, and what main tells it.
// Both hosts (Electron IPC, browser WebSocket) and the preloads are generated from it.
import { z } from 'zod';
import type { EventName, EventSubscriberName, MethodName } from './names.ts';
import type { Result } from './result.ts';
import { languageSchema, type AppInfo, type AppStatus, type Preferences } from './schemas.ts';
import {
  appointmentInput,
  documentInput,
  listAppointmentsInput,
  listDocumentsInput,
  overviewInput,
  type AppointmentRow,
  type DocumentProgress,
  type DocumentRow,
  type OpenedDocument,
  type Overview,
  type Page,
  type PurgeNotice,
  type SaveProgress,
} from './appointments.ts';
import {
  opInput,
  queueAppealInput,
  queueInlagaInput,
  stagedInput,
  type OutboxItem,
  type UploadProgress,
} from './outbox.ts';
import { counselIdSchema, profileIdSchema, secretSchema, type Session } from './session.ts';

export * from './names.ts';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Type-level only: what the method answers with (boxed, so null and undefined survive). */
  readonly output?: [O];
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
  getSession: method(none).returns<Session>(),
  /** Starts sign-in in the system browser (Electron) or a new tab (browser host). */
  beginSignIn: method(none).returns<{ authorizeUrl: string; openedExternally: boolean }>(),
  cancelSignIn: method(none).returns<Session>(),
  /** Completes a first sign-in: creates the person's encrypted profile protected by the secret. */
  createProfile: method(z.strictObject({ secret: secretSchema })).returns<Session>(),
  chooseProfile: method(z.strictObject({ profileId: profileIdSchema })).returns<Session>(),
  unlock: method(z.strictObject({ profileId: profileIdSchema, secret: z.string().min(1).max(256) })).returns<Session>(),
  lock: method(none).returns<Session>(),
  /** Locks the open profile and shows the profile picker. */
  switchPerson: method(none).returns<Session>(),
  /** Ends the agency sign-in. Unsent work is kept unless the person explicitly discards it. */
  signOut: method(z.strictObject({ discardUnsent: z.boolean() })).returns<Session>(),
  removeProfile: method(z.strictObject({ profileId: profileIdSchema })).returns<Session>(),
  /** An assistant acting for several counsel picks whose work is shown. */
  selectCounsel: method(z.strictObject({ counselId: counselIdSchema })).returns<Session>(),
  /** Queued and rejected operations not yet delivered, for the sign-out question. */
  getUnsentCount: method(none).returns<{ count: number }>(),
  /** The person is active: postpones the inactivity lock. */
  reportActivity: method(none).returns<null>(),
  syncNow: method(none).returns<AppStatus>(),
  /** The active counsel's appointments, filtered and sorted in the database, one page at a time. */
  listAppointments: method(listAppointmentsInput).returns<Page<AppointmentRow>>(),
  /** Also records the visit, so the next one marks only newer documents. */
  getOverview: method(overviewInput).returns<Overview>(),
  listDocuments: method(listDocumentsInput).returns<Page<DocumentRow>>(),
  /** Makes the content available (fetching it when online) and answers where to read it. */
  openDocument: method(documentInput).returns<OpenedDocument>(),
  /** Saves one document where the person chooses; false when they cancelled. */
  saveDocument: method(documentInput).returns<{ saved: boolean }>(),
  /** Saves all documents of the individual into a folder the person picks, with progress. */
  saveAllDocuments: method(appointmentInput).returns<{ saved: number; cancelled: boolean }>(),
  cancelSaveAll: method(none).returns<null>(),
  listPurgeNotices: method(none).returns<PurgeNotice[]>(),
  dismissPurgeNotices: method(none).returns<null>(),
  /**
   * A token for POST /staging: the page streams a picked or dropped file to its host, which
   * checks it (PDF only) and copies it into the encrypted store. Valid while unlocked.
   */
  stagingToken: method(none).returns<{ token: string }>(),
  /** Forgets a staged file that was removed from a submission before it was sent. */
  discardStaged: method(stagedInput).returns<null>(),
  /** Checks the rules locally and queues the inlaga; delivered when the agency can be reached. */
  queueInlaga: method(queueInlagaInput).returns<OutboxItem>(),
  queueAppeal: method(queueAppealInput).returns<OutboxItem>(),
  listOutbox: method(none).returns<OutboxItem[]>(),
  retryNow: method(opInput).returns<OutboxItem>(),
  /** Only while unsent: a queued or rejected operation is withdrawn and its files forgotten. */
  cancelOperation: method(opInput).returns<OutboxItem>(),
  /** Sends a rejected operation again as a new attempt (after the person fixed what was wrong). */
  resendOperation: method(opInput).returns<OutboxItem>(),
} satisfies { [K in MethodName]: MethodSpec<z.ZodType, unknown> };

/** Events main pushes to the renderer; each carries one payload. */
export interface Events extends Record<EventName, unknown> {
  statusChanged: AppStatus;
  preferencesChanged: Preferences;
  sessionChanged: Session;
  /** Local data changed (sync, purge, a delivered submission): views re-run their queries. */
  dataChanged: { kinds: string[] };
  documentProgress: DocumentProgress;
  saveProgress: SaveProgress;
  /** The queue changed: an operation was added, changed state, or was delivered. */
  outboxChanged: { opId: string | null };
  uploadProgress: UploadProgress;
}

export type Methods = typeof methods;
export type MethodInput<K extends MethodName> = z.input<Methods[K]['input']>;
export type MethodParsed<K extends MethodName> = z.output<Methods[K]['input']>;
export type MethodOutput<K extends MethodName> = NonNullable<Methods[K]['output']>[0];

/** What `window.api` is: one function per method, one subscription per event. */
export type Api = {
  [K in MethodName]: (...input: MethodInput<K> extends undefined ? [] : [MethodInput<K>]) => Promise<Result<MethodOutput<K>>>;
} & {
  [E in EventName as EventSubscriberName<E>]: (listener: (payload: Events[E]) => void) => () => void;
};
