import type { HostKind } from '../../shared/contract/schemas.ts';

/** What a host tells the core when it starts it; plain data so it crosses into a worker. */
export interface CoreConfig {
  dataDir: string;
  agencyUrl: string;
  demoAgency: boolean;
  host: HostKind;
  version: string;
  /** Seconds between background reachability checks of the agency. */
  connectionCheckSeconds?: number;
  /** Minutes without activity before the profile locks (the agency's rule: 30). */
  idleLockMinutes?: number;
  /** Seconds between background syncs. */
  syncIntervalSeconds?: number;
  /** Bytes of document content kept ready for offline use. */
  prefetchBudgetBytes?: number;
  /** OS keychain service name (tests use their own, so they never touch a real user's entries). */
  keychainService?: string;
  /** scrypt cost for new profiles; only tests lower it. */
  kdfCost?: { N: number; r: number; p: number };
}
