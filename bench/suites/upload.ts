import { runChild, startAgencyProcess } from '../support.ts';
import { withRatio, type BenchResult, type BenchSuite } from '../types.ts';

interface UploadNumbers {
  outboxMs: number;
  baselineMs: number;
  rssGrowthMb: number;
  size: number;
}

/** Issue 6's upload goals: a 100 MB PDF through the outbox, against a plain streamed upload. */
export const uploadSuite: BenchSuite = {
  prefixes: ['upload.'],
  async run(): Promise<BenchResult[]> {
    const agency = await startAgencyProcess('demo');
    try {
      const n = await runChild<UploadNumbers>('bench/upload-process.ts', { AGENCY_URL: agency.url });
      return [
        withRatio({ name: 'upload.100mb', value: Number(n.outboxMs.toFixed(0)), unit: 'ms', baseline: Number(n.baselineMs.toFixed(0)) }),
        { name: 'upload.100mb.rss', value: Number(n.rssGrowthMb.toFixed(1)), unit: 'MB' },
      ];
    } finally {
      await agency.stop();
    }
  },
};
