import { runChild, startAgencyProcess } from './support.ts';

export interface LargeSync {
  initialMs: number;
  items: number;
  baselineMs: number;
  rssMb: number;
  noopMs: number;
  healthMs: number;
  deltaMs: number;
  deltaItems: number;
  profileDir: string;
  keyHex: string;
}

let once: Promise<LargeSync> | null = null;

/** The large seed synced into a fresh profile by a process of its own, once per bench run. */
export function largeProfile(): Promise<LargeSync> {
  once ??= (async () => {
    const agency = await startAgencyProcess('large');
    try {
      return await runChild<LargeSync>('bench/sync-process.ts', { AGENCY_URL: agency.url });
    } finally {
      await agency.stop();
    }
  })();
  return once;
}
