import { runChild, startAgencyProcess } from '../support.ts';
import { withRatio, type BenchResult, type BenchSuite } from '../types.ts';

interface SyncNumbers {
  initialMs: number;
  items: number;
  baselineMs: number;
  rssMb: number;
  noopMs: number;
  healthMs: number;
  deltaMs: number;
  deltaItems: number;
}

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Issue 4's sync goals over the large seed, measured in a process of their own. */
export const syncSuite: BenchSuite = {
  prefix: 'sync.',
  async run(): Promise<BenchResult[]> {
    const agency = await startAgencyProcess('large');
    try {
      const n = await runChild<SyncNumbers>('bench/sync-process.ts', { AGENCY_URL: agency.url });
      return [
        withRatio({ name: 'sync.initial.large', value: round(n.initialMs), unit: 'ms', baseline: round(n.baselineMs) }),
        withRatio({ name: 'sync.noop.large', value: round(n.noopMs, 2), unit: 'ms', baseline: round(n.healthMs, 2) }),
        { name: 'sync.delta.large', value: round(n.deltaMs, 2), unit: 'ms' },
        { name: 'sync.initial.large.rss', value: round(n.rssMb), unit: 'MB' },
      ];
    } finally {
      await agency.stop();
    }
  },
};
