/** One measured number. `baseline` is measured in the same run, so `ratio` survives a slow machine. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  p95?: number;
}

export interface BenchSuite {
  /** Prefixes of the result names the suite produces, for --only. */
  prefixes: string[];
  run(): Promise<BenchResult[]>;
}

export function withRatio(result: Omit<BenchResult, 'ratio' | 'baseline'> & { baseline: number }): BenchResult {
  return { ...result, ratio: Number((result.value / result.baseline).toFixed(3)) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
