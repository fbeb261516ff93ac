// `npm run bench -- [--json] [--only PREFIX]`: timed goals live here, not in the tests.
// With --json, one JSON object a line: name, value, unit, and baseline and ratio where measured.
import { coreSuite } from './suites/core.ts';
import { pdfSuite } from './suites/pdf.ts';
import { readSuite } from './suites/read.ts';
import { syncSuite } from './suites/sync.ts';
import { uploadSuite } from './suites/upload.ts';
import type { BenchResult, BenchSuite } from './types.ts';

const suites: BenchSuite[] = [coreSuite, syncSuite, readSuite, pdfSuite, uploadSuite];

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : undefined;
if (onlyIndex >= 0 && !only) {
  console.error('usage: npm run bench -- [--json] [--only PREFIX]');
  process.exit(2);
}

const selected = suites.filter((s) => !only || s.prefixes.some((p) => p.startsWith(only) || only.startsWith(p)));
if (selected.length === 0) {
  console.error(`No benchmark matches ${only}. Prefixes: ${suites.flatMap((s) => s.prefixes).join(', ')}`);
  process.exit(2);
}

const print = (r: BenchResult) => {
  if (json) console.log(JSON.stringify(r));
  else {
    const base = r.baseline !== undefined ? `  (baseline ${r.baseline} ${r.unit}, ratio ${r.ratio})` : '';
    console.log(`${r.name.padEnd(28)} ${String(r.value).padStart(10)} ${r.unit}${base}`);
  }
};

for (const suite of selected) {
  for (const result of await suite.run()) if (!only || result.name.startsWith(only)) print(result);
}
