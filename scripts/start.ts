// `npm start`: builds, starts the demo agency on a free loopback port (unless --agency URL is
// given), then runs the app in Electron, or, where Electron's binary is missing and cannot be
// downloaded, serves the same app through the browser host.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '../src/main/host/paths.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=').slice(1).join('=') : argv[i + 1];
};
const flag = (name: string) => argv.includes(`--${name}`);

const children: ChildProcess[] = [];
function stopAll(code = 0): never {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

function startAndWait(command: string, args: string[], ready: RegExp, echo: boolean): Promise<RegExpMatchArray> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let seen = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (echo) process.stdout.write(d);
      seen += d.toString();
      const match = seen.match(ready);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} stopped (exit ${code})`)));
  });
}

/** Electron's binary, downloading it if it is missing; undefined when that is impossible here. */
function electronBinary(): string | undefined {
  const dir = join(root, 'node_modules', 'electron');
  const resolve = () => {
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return undefined;
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : undefined;
  };
  if (resolve()) return resolve();
  if (!existsSync(join(dir, 'install.js'))) return undefined;
  const install = spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 90_000 });
  return install.status === 0 ? resolve() : undefined;
}

if (!flag('no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dataDir = option('data') ?? defaultDataDir();
let agencyUrl = option('agency');
const demo = !agencyUrl;
if (!agencyUrl) {
  const [, url] = await startAndWait(
    process.execPath,
    [
      'src/agency/cli.ts',
      '--port',
      '0',
      '--seed',
      'demo',
      '--data',
      join(dataDir, 'demo-agency'),
      ...(flag('demo-controls') ? ['--demo-controls'] : []),
    ],
    /listening on (http:\/\/127\.0\.0\.1:\d+)/,
    false,
  );
  agencyUrl = url!;
  console.log(`Demo agency: ${agencyUrl}`);
}

const hostArgs = ['--agency', agencyUrl, '--data', dataDir, ...(demo ? ['--demo-agency'] : [])];
const electron = flag('browser') ? undefined : electronBinary();
if (electron) {
  const child = spawn(electron, ['.', ...hostArgs], { cwd: root, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => stopAll(code ?? 0));
} else {
  if (!flag('browser')) console.log("Electron's binary is not installed and cannot be downloaded here; serving the app in your browser instead.");
  await startAndWait(process.execPath, ['src/main/host/cli.ts', ...hostArgs, '--open'], /Biträde Desktop: \S+/, true);
  console.log('Press Ctrl+C to stop.');
}
