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

/** What the status area shows: reachability of the agency and the state of sync. */
export interface AppStatus {
  connection: Connection;
  /** ISO time of the last check that reached the agency. */
  lastContactAt: string | null;
  sync: SyncStatus;
}

export type SyncStatus =
  | { state: 'idle'; lastSyncedAt: string | null }
  | { state: 'syncing'; items: number; bytes: number; lastSyncedAt: string | null }
  | { state: 'error'; reason: string; lastSyncedAt: string | null };
