import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/database.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { repoRoot } from '../../support/processes.ts';
import { dumpAgencyTables, testProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
beforeAll(async () => {
  agency = await startDemoAgency();
});
afterAll(() => agency.close());

/** Runs the sync child; with `killAfterPages`, SIGKILLs it as soon as that many pages are in. */
function runChild(env: Record<string, string>, killAfterPages?: number): Promise<{ pages: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['test/support/sync-child.ts'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let pages = 0;
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      pages += (d.toString().match(/^page /gm) ?? []).length;
      if (killAfterPages !== undefined && pages >= killAfterPages) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ pages, killed: true });
      else if (code === 0) resolve({ pages, killed: false });
      else reject(new Error(`sync child failed (${code}): ${err}`));
    });
  });
}

describe('a sync killed with SIGKILL', () => {
  it.each([1, 3, 8])('after %i pages loses nothing: the next sync ends with the same copy as an uninterrupted one', async (killAfter) => {
    const reference = await testProfile(agency.url, 'anna', { pageLimit: 10 });
    await reference.engine.run();
    const expected = dumpAgencyTables(reference.db);
    reference.close();

    const dir = mkdtempSync(join(tmpdir(), 'crash-'));
    const key = randomBytes(32);
    const env = { AGENCY_URL: agency.url, PROFILE_DIR: dir, KEY_HEX: key.toString('hex'), PAGE_LIMIT: '10' };
    const first = await runChild(env, killAfter);
    expect(first.killed).toBe(true);

    // What the killed process left: whole pages only, never half of one.
    const half = openDatabase(join(dir, 'profile.db'), key);
    const cursor = half.prepare("SELECT cursor FROM sync_cursor WHERE counsel_id = 'anna'").pluck().get();
    expect(cursor).not.toBeNull();
    half.close();

    const second = await runChild(env);
    expect(second.killed).toBe(false);
    const db = openDatabase(join(dir, 'profile.db'), key);
    expect(dumpAgencyTables(db)).toEqual(expected);
    db.close();
  });
});
