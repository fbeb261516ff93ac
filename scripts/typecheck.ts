// Type-checks each layer against its own tsconfig: a layer whose lib/types lack Node or the
// DOM cannot use them by accident.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECTS = ['shared', 'renderer', 'preload', 'main', 'agency', 'tools'] as const;
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

function check(project: string): Promise<{ project: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', `tsconfig.${project}.json`, '--pretty', 'false'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => resolve({ project, ok: code === 0, output }));
  });
}

// Two at a time: CI machines have two cores.
const results: Awaited<ReturnType<typeof check>>[] = [];
const queue = [...PROJECTS];
await Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.push(await check(next));
  }),
);
let failed = false;
for (const r of results) {
  if (!r.ok) {
    failed = true;
    process.stderr.write(`Type errors in tsconfig.${r.project}.json:\n${r.output}\n`);
  }
}
if (failed) process.exit(1);
console.log(`Type check passed (${PROJECTS.join(', ')}).`);
