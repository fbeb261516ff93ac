// Delivers a 100 MB PDF through the outbox to the demo agency, against a plain streamed HTTP
// upload of the same file to the same endpoint, and watches this process's memory meanwhile.
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUploadResponseSchema } from '../src/shared/agency/uploads.ts';
import { HEADERS, UPLOAD_CONTENT_TYPE, pathTo } from '../src/shared/agency/paths.ts';
import { OutboxSender } from '../src/main/outbox/sender.ts';
import { Staging } from '../src/main/outbox/staging.ts';
import { getRow } from '../src/main/outbox/store.ts';
import { queueInlaga } from '../src/main/outbox/submissions.ts';
import { makePdf } from '../test/integration/pdf/helpers/make-pdf.ts';
import { testProfile } from '../test/support/test-profile.ts';

const agencyUrl = process.env.AGENCY_URL!;
const profile = await testProfile(agencyUrl, 'anna');
await profile.engine.run();

// A scan-like PDF of about 100 MB: a hundred pages, each an uncompressed image of 1 MB.
const bytes = makePdf({ pages: 100, imageBytes: 1_000_000 });
const path = join(mkdtempSync(join(tmpdir(), 'bench-upload-')), 'Inlaga.pdf');
writeFileSync(path, bytes);
const sha256 = createHash('sha256').update(bytes).digest('hex');

const appointmentId = profile.db
  .prepare("SELECT agency_id FROM appointment WHERE counsel_id = 'anna' AND released_on IS NULL AND ended_on IS NULL AND json_extract(data, '$.decision') IS NULL LIMIT 1")
  .pluck()
  .get() as string;
const individualId = profile.db.prepare('SELECT individual_id FROM appointment WHERE agency_id = ?').pluck().get(appointmentId) as string;

/** Baseline: the same bytes streamed from disk to the same upload endpoint: create, one plain PATCH, finish. */
async function plainUpload(round: number): Promise<number> {
  const auth = { Authorization: `Bearer ${await profile.tokens.accessToken()}` };
  const t = performance.now();
  const created = createUploadResponseSchema.parse(
    await (
      await fetch(new URL(pathTo('uploads', { counselId: 'anna' }), agencyUrl), {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json', [HEADERS.idempotencyKey]: `bench-${round}-${Date.now()}` },
        body: JSON.stringify({ fileName: 'baseline.pdf', size: bytes.length, sha256 }),
      })
    ).json(),
  );
  const patch = await fetch(new URL(pathTo('upload', { counselId: 'anna', uploadId: created.uploadId }), agencyUrl), {
    method: 'PATCH',
    headers: { ...auth, [HEADERS.uploadOffset]: '0', 'Content-Type': UPLOAD_CONTENT_TYPE },
    body: createReadStream(path) as unknown as ReadableStream,
    duplex: 'half',
  } as RequestInit);
  if (!patch.ok) throw new Error(`baseline PATCH ${patch.status}`);
  const finish = await fetch(new URL(pathTo('uploadFinish', { counselId: 'anna', uploadId: created.uploadId }), agencyUrl), {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json', [HEADERS.idempotencyKey]: `bench-finish-${round}-${Date.now()}` },
    body: '{}',
  });
  if (!finish.ok) throw new Error(`baseline finish ${finish.status}`);
  return performance.now() - t;
}

/** The app's way: staged (checked, encrypted) beforehand, then queued and delivered by the sender. */
async function throughOutbox(): Promise<{ ms: number; rssGrowthMb: number }> {
  const staging = new Staging();
  // Staging consumes the host's transient copy, as the app's hosts hand it over.
  const copy = `${path}.copy`;
  copyFileSync(path, copy);
  const staged = await staging.stage(profile, copy, 'Inlaga.pdf');
  if (!staged.verdict.ok) throw new Error(`the bench PDF was refused: ${staged.verdict.code}`);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const op = queueInlaga(profile.db, staging, 'anna', 'anna', { appointmentId, individualIds: [individualId], documents: [{ stagedId: staged.stagedId, documentType: 'inlaga' }] });
  await new Promise<void>((resolve, reject) => {
    const sender = new OutboxSender(profile, {
      onChanged: () => {
        const state = getRow(profile.db, op.opId)!.state;
        if (state === 'delivered') void sender.stop().then(resolve);
        if (state === 'attention') reject(new Error('the agency refused the bench upload'));
      },
      onProgress: () => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)),
      onDelivered: () => undefined,
    });
    sender.start();
  });
  const ms = performance.now() - t;
  clearInterval(sampler);
  return { ms, rssGrowthMb: (rssPeak - rssBefore) / 1024 / 1024 };
}

// Alternating rounds, medians: one slow moment of a shared machine does not decide the ratio.
const plain: number[] = [];
const outbox: number[] = [];
let rssGrowthMb = 0;
for (let round = 0; round < 3; round++) {
  plain.push(await plainUpload(round));
  const r = await throughOutbox();
  outbox.push(r.ms);
  rssGrowthMb = Math.max(rssGrowthMb, r.rssGrowthMb);
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1]!;
const outboxMs = median(outbox);
const baselineMs = median(plain);
process.stdout.write(`${JSON.stringify({ outboxMs, baselineMs, rssGrowthMb, size: bytes.length })}\n`);
profile.close();
