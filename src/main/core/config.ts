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
}
