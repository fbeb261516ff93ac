// `npm run cli -- validate-pdf` as a person or a script runs it: a child process on Node 24
// (vitest runs on the project's Node, so process.execPath is it), real files, real exit codes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePng } from './helpers/make-files.ts';
import { makePdf } from './helpers/make-pdf.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], cwd = root): Promise<Run> {
  return new Promise((resolve, reject) => {
    const cli = join(root, 'src/main/cli/cli.ts');
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const jsonLines = (stdout: string) =>
  stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const files: Record<string, string> = {};
beforeAll(async () => {
  temp = await makeTempDir('validate-pdf-cli');
  files.valid = await temp.file('inlaga.pdf', makePdf({ pages: 3 }));
  files.valid2 = await temp.file('bilaga.pdf', makePdf({ pages: 1 }));
  files.jpegAsPdf = await temp.file('foto.pdf', makeJpeg());
  files.empty = await temp.file('tom.pdf', '');
  files.garbage = await temp.file('skrap.bin', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256)));
  files.dir = join(temp.dir, 'mapp');
  await mkdir(files.dir);
  files.missing = join(temp.dir, 'finns-inte.pdf');
});
afterAll(() => temp.remove());

describe('validate-pdf --json', () => {
  it('prints one JSON object per file, in the order given, and exits 1 when any file is refused', async () => {
    const run = await runCli(['validate-pdf', '--json', files.valid!, files.jpegAsPdf!, files.missing!, files.dir!, files.empty!, files.garbage!]);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => l.file)).toEqual([files.valid, files.jpegAsPdf, files.missing, files.dir, files.empty, files.garbage]);
    expect(lines[0]).toEqual({ file: files.valid, ok: true, pages: 3, encrypted: false, code: null, message: null, messageSv: null });
    expect(lines.slice(1).map((l) => [l.ok, l.code])).toEqual([
      [false, 'IMAGE'],
      [false, 'UNREADABLE'],
      [false, 'UNREADABLE'],
      [false, 'EMPTY'],
      [false, 'NOT_PDF'],
    ]);
    for (const line of lines.slice(1)) {
      expect(line.pages).toBeNull();
      expect(line.message).toEqual(expect.any(String));
      expect(line.messageSv).toEqual(expect.any(String));
      expect(line.message).not.toEqual(line.messageSv);
    }
  });

  it('exits 0 when every file is an accepted PDF', async () => {
    const run = await runCli(['validate-pdf', '--json', files.valid!, files.valid2!]);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((l) => [l.ok, l.pages])).toEqual([
      [true, 3],
      [true, 1],
    ]);
  });

  it.skipIf(process.platform === 'win32')('a FIFO gets a verdict line instead of hanging the command', async () => {
    const fifo = join(temp.dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const run = await runCli(['validate-pdf', '--json', fifo]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: fifo, ok: false, code: 'UNREADABLE' })]);
  });

  it('file names that start with a dash are taken as files after --', async () => {
    await temp.file('-inlaga.pdf', makePdf({ pages: 2 }));
    const run = await runCli(['validate-pdf', '--json', '--', '-inlaga.pdf'], temp.dir);
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: '-inlaga.pdf', ok: true, pages: 2 })]);
  });

  it('a file over 100 MB is refused as too large without being read', async () => {
    // Sparse: the size is real to the file system, the disk holds next to nothing.
    const huge = await temp.file('jattestor.pdf', makePdf());
    await truncate(huge, 100 * 1024 * 1024 + 1);
    const run = await runCli(['validate-pdf', '--json', huge]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ file: huge, ok: false, code: 'TOO_LARGE' })]);
  });
});

describe('validate-pdf, readable form', () => {
  it('prints one readable line per file with the English reason', async () => {
    const png = await temp.file('skarmbild.pdf', makePng());
    const run = await runCli(['validate-pdf', files.valid!, png, files.missing!]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${files.valid}: OK, 3 pages`);
    expect(lines[1]).toMatch(/: REFUSED IMAGE: The file is an image, not a PDF\./);
    expect(lines[2]).toMatch(/: REFUSED UNREADABLE: The file does not exist\./);
  });

  it('a file name with a newline still gives exactly one line', async () => {
    const odd = await temp.file('rad\nbrytning.pdf', makePdf());
    const run = await runCli(['validate-pdf', odd]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toContain('rad\\x0abrytning.pdf: OK, 1 page');
  });
});

describe('usage errors exit 2', () => {
  it('no files is a usage error', async () => {
    const run = await runCli(['validate-pdf', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Usage: validate-pdf/);
  });

  it('an unknown option is a usage error, and nothing is checked', async () => {
    const run = await runCli(['validate-pdf', '--strict', files.valid!]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Unknown option: --strict/);
  });

  it('an unknown command or none at all is a usage error listing the commands', async () => {
    const unknown = await runCli(['validate-pfd', files.valid!]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/validate-pdf/);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Commands:/);
  });
});
