import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChangesPage, TokenResponse } from '../../../src/shared/agency/index.ts';

const CLI = resolve(import.meta.dirname, '../../../src/agency/cli.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function start(args: string[]): Promise<{ child: ChildProcess; url: string; firstLine: string }> {
  const child = spawn(process.execPath, [CLI, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((ok, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', ok);
    child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
  });
  return { child, firstLine, url: firstLine.replace('Demo agency listening on ', '') };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((ok) => {
    child.once('exit', (code) => ok(code));
    child.kill(signal);
  });
}

describe('npm run agency', () => {
  it('prints exactly one ready line, serves /healthz, and stops cleanly on SIGTERM', async () => {
    const { child, firstLine, url } = await start(['--seed', 'demo']);
    expect(firstLine).toMatch(/^Demo agency listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // Without --demo-controls the control API does not exist.
    expect((await fetch(`${url}/control/clock`)).status).toBe(404);
    expect(await stop(child, 'SIGTERM')).toBe(0);
  });

  it('keeps its store in --data across restarts, so cursors stay valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agency-cli-'));
    dirs.push(dir);
    const first = await start(['--seed', 'demo', '--data', dir, '--demo-controls', '--now', '2025-03-12T09:00:00Z']);
    const tokens = (await (await fetch(`${first.url}/control/sessions`, { method: 'POST', body: JSON.stringify({ personId: 'anna' }), headers: { 'content-type': 'application/json' } })).json()) as TokenResponse;
    const page = (await (await fetch(`${first.url}/v1/counsel/anna/changes?limit=5000`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json()) as ChangesPage;
    expect(await stop(first.child, 'SIGINT')).toBe(0);

    const second = await start(['--seed', 'demo', '--data', dir, '--demo-controls']);
    const again = await fetch(`${second.url}/v1/counsel/anna/changes?cursor=${page.cursor}`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(again.status).toBe(200);
    expect(((await again.json()) as ChangesPage).changes).toEqual([]);
    expect(await stop(second.child, 'SIGTERM')).toBe(0);
  });
});
