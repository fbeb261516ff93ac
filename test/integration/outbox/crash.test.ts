import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueInlaga } from '../../../src/main/outbox/submissions.ts';
import { startDemoAgency, type DemoAgency } from '../../support/agency.ts';
import { counters, idempotencyKeyOf, newStaging, stagePdf } from '../../support/outbox-harness.ts';
import { repoRoot } from '../../support/processes.ts';
import { testProfile } from '../../support/test-profile.ts';

let agency: DemoAgency;
beforeAll(async () => {
  agency = await startDemoAgency();
});
afterAll(() => agency.close());

/** Runs the sender child until `killAt` appears in its output (then SIGKILL), or to the end. */
function runSender(env: Record<string, string>, killAt?: RegExp): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['test/support/outbox-child.ts'], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (killAt && killAt.test(output)) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killed: true, output });
      else if (code === 0) resolve({ killed: false, output });
      else reject(new Error(`sender child failed (${code}): ${output}\n${err}`));
    });
  });
}

describe('a delivery killed with SIGKILL', () => {
  it.each([
    ['as soon as the upload exists at the agency', /^created$/m],
    ['in the middle of the upload', /^bytes [1-9]\d{5,}$/m],
    ['after the upload is finished, before the submission', /^finished$/m],
  ])('%s: after a restart the submission arrives exactly once, with an intact file', async (_when, killAt) => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-crash-'));
    const key = randomBytes(32);
    const profile = await testProfile(agency.url, 'anna', { dir, key });
    await profile.engine.run();
    const staging = newStaging();
    // About 2 MB, sent slowly, so the kill lands inside the upload.
    const staged = await stagePdf(profile, staging, 'Inlaga.pdf', { pages: 4, imageBytes: 500_000 });
    const appointmentId = profile.db
      .prepare("SELECT agency_id FROM appointment WHERE counsel_id = 'anna' AND released_on IS NULL AND ended_on IS NULL AND json_extract(data, '$.decision') IS NULL LIMIT 1")
      .pluck()
      .get() as string;
    const individualId = profile.db.prepare("SELECT individual_id FROM appointment WHERE agency_id = ?").pluck().get(appointmentId) as string;
    const op = queueInlaga(profile.db, staging, 'anna', 'anna', { appointmentId, individualIds: [individualId], documents: [{ stagedId: staged.stagedId, documentType: 'inlaga' }] });
    const idempotencyKey = idempotencyKeyOf(profile, op.opId);
    profile.close();

    const env = { AGENCY_URL: agency.url, PROFILE_DIR: dir, KEY_HEX: key.toString('hex'), OP_ID: op.opId };
    await agency.control('/control/faults', { kind: 'slow_upload', pathPrefix: '/v1/counsel/anna/uploads/', method: 'PATCH', bytesPerSecond: 1_000_000, count: 1 });
    const first = await runSender(env, killAt);
    expect(first.killed).toBe(true);
    await agency.control('/control/faults', undefined, 'DELETE');

    const second = await runSender(env);
    expect(second.output).toMatch(/state delivered/);
    const received = (await counters(agency)).submissions.filter((s) => s.idempotencyKey === idempotencyKey);
    expect(received).toHaveLength(1);
    expect(received[0]!.files).toEqual([{ uploadId: expect.any(String), sha256: staged.stagedId, size: staged.size }]);
  });
});
