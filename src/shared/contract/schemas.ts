import { z } from 'zod';

export const languageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof languageSchema>;

export type HostKind = 'electron' | 'browser';

export interface AppInfo {
  name: string;
  version: string;
  host: HostKind;
  platform: string;
  /** Origin of the agency API the app talks to. */
  agencyOrigin: string;
  /** True when the agency is the bundled demo agency. */
  demoAgency: boolean;
}

export interface Preferences {
  language: Language;
}

export type Connection = 'online' | 'offline' | 'checking';

/** Why the last sync did not finish; the renderer words each in Swedish and English. */
export type SyncProblemCode =
  | 'offline'
  | 'signInRequired'
  | 'agencyError'
  | 'rateLimited'
  | 'resyncFailed'
  | 'badData'
  | 'storage';

export interface SyncStatus {
  running: boolean;
  /** Items applied and bytes of documents fetched in the sync under way. */
  progress: { items: number; bytes: number } | null;
  lastSyncedAt: string | null;
  problem: { code: SyncProblemCode; at: string } | null;
  /** Agency clock minus this computer's clock, when they differ by more than two minutes. */
  clockSkewSeconds: number | null;
}

/** What the status area shows: reachability of the agency and the state of sync. */
export interface AppStatus {
  connection: Connection;
  /** ISO time of the last check that reached the agency. */
  lastContactAt: string | null;
  sync: SyncStatus;
}
