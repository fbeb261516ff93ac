// `npm test`: everything CI checks, in one command, in the order that fails fastest.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const bin = (name: string) => `node_modules/.bin/${name}`;

const steps: { name: string; command: string[] }[] = [
  { name: 'build', command: [node, 'scripts/build.ts'] },
  { name: 'type check', command: [node, 'scripts/typecheck.ts'] },
  { name: 'layer check', command: [node, 'scripts/check-layers.ts'] },
  { name: 'lint', command: [bin('eslint'), '--max-warnings', '0', '.'] },
  { name: 'unit and component tests', command: [bin('vitest'), 'run', '--project', 'unit', '--project', 'component'] },
  { name: 'integration tests', command: [node, 'scripts/with-keyring.ts', bin('vitest'), 'run', '--project', 'integration'] },
  { name: 'end-to-end tests', command: [node, 'scripts/with-keyring.ts', bin('vitest'), 'run', '--project', 'e2e'] },
];

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const summary: string[] = [];
let failed = false;
for (const step of steps) {
  const started = performance.now();
  console.log(`\n=== ${step.name} ===`);
  const code = await run(step.command);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  summary.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${seconds} s)`);
  if (code !== 0) {
    failed = true;
    // Static checks failing makes the slow suites pointless; test failures are all worth seeing.
    if (!step.name.includes('tests')) break;
  }
}
console.log(`\n${summary.join('\n')}`);
process.exit(failed ? 1 : 0);
