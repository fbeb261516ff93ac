import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Upload } from '../../../src/shared/agency/index.ts';
import { pdfBytes, sha256, startTestAgency, upload, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
});
afterAll(() => agency.close());

const base = '/v1/counsel/anna/uploads';

async function create(bytes: Buffer, declared = sha256(bytes)): Promise<string> {
  const r = await anna.post<{ uploadId: string; offset: number }>(base, { fileName: 'yttrande.pdf', size: bytes.length, sha256: declared }, null);
  expect(r.status).toBe(201);
  expect(r.body.offset).toBe(0);
  expect(r.headers.get('location')).toBe(`${base}/${r.body.uploadId}`);
  return r.body.uploadId;
}

function patch(id: string, offset: number, chunk: Buffer) {
  return anna.fetch(`${base}/${id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset) },
    body: new Uint8Array(chunk),
  });
}

async function headOffset(id: string): Promise<number> {
  const r = await anna.fetch(`${base}/${id}`, { method: 'HEAD' });
  return Number(r.headers.get('upload-offset'));
}

describe('resumable uploads', () => {
  it('takes the bytes in pieces at the right offsets, reports the offset, and finishes', async () => {
    const bytes = pdfBytes('Flera sidor', 3);
    const id = await create(bytes);
    const half = Math.floor(bytes.length / 2);
    const first = await patch(id, 0, bytes.subarray(0, half));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe(String(half));
    expect(await headOffset(id)).toBe(half);
    expect((await patch(id, half, bytes.subarray(half))).status).toBe(204);
    const done = await anna.post<Upload>(`${base}/${id}/finish`, {}, null);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'finished', offset: bytes.length, pages: 3 });
  });

  it('refuses a piece at the wrong offset with 409 and the current Upload-Offset', async () => {
    const bytes = pdfBytes();
    const id = await create(bytes);
    await patch(id, 0, bytes.subarray(0, 100));
    const wrong = await patch(id, 50, bytes.subarray(50));
    expect(wrong.status).toBe(409);
    expect(wrong.headers.get('upload-offset')).toBe('100');
    expect(await wrong.json()).toMatchObject({ code: 'UPLOAD_OFFSET_MISMATCH', details: { offset: 100 } });
  });

  it('keeps the bytes that arrived before a connection broke, so the client resumes from there', async () => {
    const bytes = pdfBytes('Avbruten uppladdning', 40);
    const id = await create(bytes);
    const url = new URL(`${agency.url}${base}/${id}`);
    await new Promise<void>((resolve) => {
      const req = request(url, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${anna.token}`,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': '0',
          'content-length': String(bytes.length),
        },
      });
      req.on('error', () => resolve());
      req.write(bytes.subarray(0, 64 * 1024), () => setImmediate(() => req.destroy()));
    });
    let offset = 0;
    // The server notices the broken connection asynchronously; HEAD until it has settled.
    for (let i = 0; i < 100 && offset === 0; i++) offset = await headOffset(id);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(64 * 1024);
    expect((await patch(id, offset, bytes.subarray(offset))).status).toBe(204);
    expect((await anna.post<Upload>(`${base}/${id}/finish`, {}, null)).body.state).toBe('finished');
  });

  it('refuses to finish when the SHA-256 does not match, and lets the same upload be sent again', async () => {
    const bytes = pdfBytes();
    const id = await create(bytes, sha256(Buffer.from('something else')));
    await patch(id, 0, bytes);
    const r = await anna.post(`${base}/${id}/finish`, {}, null);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(await headOffset(id)).toBe(0);
  });

  it('refuses a file that is not a PDF', async () => {
    const bytes = Buffer.from('GIF89a this is a picture, not a document');
    const id = await create(bytes);
    await patch(id, 0, bytes);
    const r = await anna.post(`${base}/${id}/finish`, {}, null);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'NOT_PDF', message: { sv: expect.stringContaining('PDF') } });
  });

  it('refuses to finish an incomplete upload', async () => {
    const bytes = pdfBytes();
    const id = await create(bytes);
    await patch(id, 0, bytes.subarray(0, 10));
    expect((await anna.post(`${base}/${id}/finish`, {}, null)).body).toMatchObject({ code: 'UPLOAD_INCOMPLETE' });
  });

  it('refuses the wrong content type for a piece', async () => {
    const bytes = pdfBytes();
    const id = await create(bytes);
    const r = await anna.fetch(`${base}/${id}`, { method: 'PATCH', headers: { 'content-type': 'application/pdf', 'upload-offset': '0' }, body: new Uint8Array(bytes) });
    expect(r.status).toBe(415);
  });

  it('streams a large upload to disk (20 MB in 1 MB pieces)', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const head = Buffer.from('%PDF-1.4\n');
    const tail = Buffer.from('\n%%EOF\n');
    const bytes = Buffer.concat([head, ...Array.from({ length: 20 }, () => chunk), tail]);
    const id = await upload(anna, 'anna', bytes, 'stor.pdf');
    const state = await anna.get<Upload>(`${base}/${id}`);
    expect(state.body).toMatchObject({ state: 'finished', size: bytes.length, sha256: sha256(bytes) });
  });
});
