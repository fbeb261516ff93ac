import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AgencyDocument, Counters, FaultRuleRequest } from '../../../src/shared/agency/index.ts';
import { all, feedState, newCase, pdfBytes, startTestAgency, upload, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterEach(async () => {
  await agency.control.del('/control/faults');
});
afterAll(() => agency.close());

async function fault(rule: FaultRuleRequest): Promise<string> {
  const r = await agency.control.post<{ faultId: string }>('/control/faults', rule);
  expect(r.status).toBe(201);
  return r.body.faultId;
}

describe('faults on demand', () => {
  it('adds latency', async () => {
    await fault({ kind: 'latency', method: 'GET', pathPrefix: '/v1/me', latencyMs: 300 });
    const started = performance.now();
    expect((await anna.get('/v1/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('answers a 5xx for as many requests as the rule’s count, then recovers', async () => {
    await fault({ kind: 'status', pathPrefix: '/v1/me', status: 503, count: 2 });
    const first = await anna.get('/v1/me');
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect((await anna.get('/v1/me')).status).toBe(503);
    expect((await anna.get('/v1/me')).status).toBe(200);
    const list = await agency.control.get<{ faults: { remaining: number; hits: number }[] }>('/control/faults');
    expect(list.body.faults[0]).toMatchObject({ remaining: 0, hits: 2 });
  });

  it('answers 429 with Retry-After', async () => {
    await fault({ kind: 'rate_limit', pathPrefix: '/v1/counsel/anna/changes', retryAfterSeconds: 7 });
    const r = await anna.get('/v1/counsel/anna/changes');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('7');
    expect(r.body).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
  });

  it('resets the connection mid-body', async () => {
    await fault({ kind: 'reset', pathPrefix: '/v1/counsel/anna/changes' });
    await expect(anna.get('/v1/counsel/anna/changes')).rejects.toThrow();
    expect((await anna.get('/v1/counsel/anna/changes')).status).toBe(200);
  });

  it('truncates a download: Content-Length promised, fewer bytes sent', async () => {
    const doc = all<AgencyDocument>(await feedState(anna, 'anna'), 'document')[0]!;
    await fault({ kind: 'truncate', pathPrefix: `/v1/counsel/anna/documents/${doc.id}/content`, afterBytes: 1000 });
    const result = await new Promise<{ length: number; received: number; complete: boolean }>((resolve) => {
      get(`${agency.url}/v1/counsel/anna/documents/${doc.id}/content`, { headers: { authorization: `Bearer ${anna.token}` } }, (res) => {
        let received = 0;
        res.on('data', (chunk: Buffer) => (received += chunk.length));
        res.on('error', () => undefined);
        res.on('close', () => resolve({ length: Number(res.headers['content-length']), received, complete: res.complete }));
      });
    });
    expect(result.length).toBe(doc.size);
    expect(result.received).toBe(1000);
    expect(result.complete).toBe(false);
  });

  it('reads an upload slowly', async () => {
    const bytes = Buffer.concat([pdfBytes(), Buffer.alloc(60_000, 0x20), Buffer.from('\n%%EOF\n')]);
    const created = await anna.post<{ uploadId: string }>('/v1/counsel/anna/uploads', { fileName: 'slow.pdf', size: bytes.length, sha256: 'a'.repeat(64) }, null);
    await fault({ kind: 'slow_upload', method: 'PATCH', pathPrefix: '/v1/counsel/anna/uploads/', bytesPerSecond: 100_000 });
    const started = performance.now();
    const r = await anna.fetch(`/v1/counsel/anna/uploads/${created.body.uploadId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0' },
      body: new Uint8Array(bytes),
    });
    expect(r.status).toBe(204);
    expect(performance.now() - started).toBeGreaterThanOrEqual((bytes.length / 100_000) * 1000 * 0.9);
  });

  it('can apply a write and then fail the answer, leaving the client to ask again by key', async () => {
    const c = await newCase(agency.control, 'anna', ['Oviss Svar']);
    const body = { individualIds: c.individualIds, documents: [{ uploadId: await upload(anna, 'anna', pdfBytes()), documentType: 'inlaga' }] };
    const path = `/v1/counsel/anna/appointments/${c.appointmentIds[0]}/inlagor`;
    await fault({ kind: 'status', method: 'POST', pathPrefix: path, phase: 'after' });
    const key = randomUUID();
    expect((await anna.post(path, body, key)).status).toBe(503);
    const retry = await anna.post(path, body, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const counters = (await agency.control.get<Counters>('/control/counters')).body;
    expect(counters.idempotency.find((k) => k.key === key)).toMatchObject({ received: 2, applied: 1 });
    const sub = counters.submissions.find((s) => s.idempotencyKey === key)!;
    expect(sub.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never applies faults to the control API', async () => {
    await fault({ kind: 'status', pathPrefix: '/', count: 100 });
    expect((await agency.control.get('/control/clock')).status).toBe(200);
  });
});
