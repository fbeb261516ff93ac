import { largeProfile } from '../large-profile.ts';
import { withRatio, type BenchResult, type BenchSuite } from '../types.ts';

const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/** Issue 4's sync goals over the large seed, measured in a process of their own. */
export const syncSuite: BenchSuite = {
  prefixes: ['sync.'],
  async run(): Promise<BenchResult[]> {
    const n = await largeProfile();
    return [
      withRatio({ name: 'sync.initial.large', value: round(n.initialMs), unit: 'ms', baseline: round(n.baselineMs) }),
      withRatio({ name: 'sync.noop.large', value: round(n.noopMs, 2), unit: 'ms', baseline: round(n.healthMs, 2) }),
      { name: 'sync.delta.large', value: round(n.deltaMs, 2), unit: 'ms' },
      { name: 'sync.initial.large.rss', value: round(n.rssMb), unit: 'MB' },
    ];
  },
};
