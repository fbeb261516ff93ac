import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { AgencyDocument } from '../../../src/shared/agency/index.ts';
import { documentSchema } from '../../../src/shared/agency/index.ts';
import { all, feedState, sha256, startTestAgency, type Api, type TestAgency } from './helpers.ts';

let agency: TestAgency;
let anna: Api;
let docs: AgencyDocument[];
beforeAll(async () => {
  agency = await startTestAgency();
  anna = await agency.as('anna');
  docs = all<AgencyDocument>(await feedState(anna, 'anna'), 'document');
});
afterAll(() => agency.close());

const contentPath = (d: AgencyDocument) => `/v1/counsel/anna/documents/${d.id}/content`;

async function openPdf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
    return { pages: pdf.numPages, text };
  } finally {
    await task.destroy();
  }
}

describe('document metadata and content', () => {
  it('describes every kind of document in the schema’s shape, received and sent', async () => {
    for (const d of docs) documentSchema.parse(d);
    const kinds = new Set(docs.map((d) => d.kind));
    for (const k of ['beslut_om_forordnande', 'kallelse', 'tjansteanteckning', 'landinformation', 'beslut', 'inlaga', 'kostnadsrakning', 'protokoll']) {
      expect(kinds, k).toContain(k);
    }
    const sent = docs.filter((d) => d.direction === 'sent');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((d) => d.sentByPersonId !== null)).toBe(true);
    expect(sent.some((d) => d.sentByPersonId === 'maria')).toBe(true);
  });

  it('serves the PDF with Content-Length, ETag, X-Content-SHA256 and Accept-Ranges that match the metadata', async () => {
    const d = docs.find((x) => x.kind === 'beslut')!;
    const r = await anna.fetch(contentPath(d));
    const bytes = Buffer.from(await r.arrayBuffer());
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(Number(r.headers.get('content-length'))).toBe(d.size);
    expect(r.headers.get('x-content-sha256')).toBe(d.sha256);
    expect(r.headers.get('etag')).toBe(`"${d.sha256}"`);
    expect(r.headers.get('accept-ranges')).toBe('bytes');
    expect(sha256(bytes)).toBe(d.sha256);
    const pdf = await openPdf(bytes);
    expect(pdf.pages).toBe(d.pages);
    expect(pdf.text).toMatch(/Migrationsverket/);
  });

  it('has a real 200-page document that pdf.js opens, with Swedish text intact', async () => {
    const big = docs.find((x) => x.pages === 200)!;
    expect(big.title).toBe('Samlad akt – utredningsmaterial');
    const r = await anna.fetch(contentPath(big));
    const pdf = await openPdf(new Uint8Array(await r.arrayBuffer()));
    expect(pdf.pages).toBe(200);
    expect(pdf.text).toContain('Samlad akt – utredningsmaterial');
    expect(pdf.text).toMatch(/ö|ä|å/);
  });

  it('answers Range requests with 206 and exactly the requested bytes', async () => {
    const d = docs[0]!;
    const whole = Buffer.from(await (await anna.fetch(contentPath(d))).arrayBuffer());
    const r = await anna.fetch(contentPath(d), { headers: { range: 'bytes=100-199' } });
    expect(r.status).toBe(206);
    expect(r.headers.get('content-range')).toBe(`bytes 100-199/${d.size}`);
    expect(Buffer.from(await r.arrayBuffer())).toEqual(whole.subarray(100, 200));
    const open = await anna.fetch(contentPath(d), { headers: { range: `bytes=${d.size - 10}-` } });
    expect(Buffer.from(await open.arrayBuffer())).toEqual(whole.subarray(d.size - 10));
    const suffix = await anna.fetch(contentPath(d), { headers: { range: 'bytes=-5' } });
    expect(Buffer.from(await suffix.arrayBuffer()).toString('latin1')).toBe(whole.subarray(d.size - 5).toString('latin1'));
  });

  it('answers an unsatisfiable range with 416 and the size', async () => {
    const d = docs[0]!;
    const r = await anna.fetch(contentPath(d), { headers: { range: `bytes=${d.size}-${d.size + 10}` } });
    expect(r.status).toBe(416);
    expect(r.headers.get('content-range')).toBe(`bytes */${d.size}`);
    expect(await r.json()).toMatchObject({ code: 'RANGE_NOT_SATISFIABLE' });
  });

  it('supports HEAD and If-None-Match', async () => {
    const d = docs[1]!;
    const head = await anna.fetch(contentPath(d), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBe(d.size);
    const again = await anna.fetch(contentPath(d), { headers: { 'if-none-match': `"${d.sha256}"` } });
    expect(again.status).toBe(304);
  });

  it('does not serve another counsel’s document', async () => {
    const erik = await agency.as('erik');
    const r = await erik.fetch(`/v1/counsel/erik/documents/${docs[0]!.id}/content`);
    expect(r.status).toBe(404);
  });
});
