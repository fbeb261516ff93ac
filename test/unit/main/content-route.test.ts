import { describe, expect, it } from 'vitest';
import { safeFileName, uniqueName } from '../../../src/main/documents/file-names.ts';
import { contentResponse, parseRange, type ContentReader } from '../../../src/main/host/content-route.ts';

const bytes = Buffer.from('%PDF-1.4 0123456789 %%EOF');
const reader: ContentReader = {
  contentInfo: async (token) => (token === 'tok_abcdefghijklmnop' ? { size: bytes.length, fileName: '2026-02-01 Kallelse.pdf' } : null),
  async *readContent(_token, start, end) {
    yield bytes.subarray(start, end);
  },
};
const url = (path: string) => new URL(path, 'http://127.0.0.1:1');
async function body(r: { body: AsyncIterable<Uint8Array> | null }) {
  const parts: Uint8Array[] = [];
  for await (const p of r.body ?? []) parts.push(p);
  return Buffer.concat(parts).toString('latin1');
}

describe('document content served by the host', () => {
  it('serves the whole PDF with its length and range support', async () => {
    const r = await contentResponse(reader, url('/content/tok_abcdefghijklmnop'), undefined);
    expect(r.status).toBe(200);
    expect(r.headers).toMatchObject({ 'Content-Type': 'application/pdf', 'Accept-Ranges': 'bytes', 'Content-Length': String(bytes.length) });
    expect(r.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(await body(r)).toBe(bytes.toString('latin1'));
  });

  it('answers a range request with 206 and exactly those bytes (pdf.js reads in ranges)', async () => {
    const r = await contentResponse(reader, url('/content/tok_abcdefghijklmnop'), 'bytes=9-18');
    expect(r.status).toBe(206);
    expect(r.headers['Content-Range']).toBe(`bytes 9-18/${bytes.length}`);
    expect(await body(r)).toBe('0123456789');
  });

  it('refuses an unsatisfiable range with 416', async () => {
    expect((await contentResponse(reader, url('/content/tok_abcdefghijklmnop'), 'bytes=999-')).status).toBe(416);
  });

  it('is 404 for an unknown or revoked token', async () => {
    expect((await contentResponse(reader, url('/content/tok_unknown_token_x'), undefined)).status).toBe(404);
  });

  it('offers a download under the document’s date and title', async () => {
    const r = await contentResponse(reader, url('/content/tok_abcdefghijklmnop?download=1'), undefined);
    expect(r.headers['Content-Disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('2026-02-01 Kallelse.pdf')}`);
  });

  it.each([
    ['bytes=0-', { start: 0, end: 100 }],
    ['bytes=-10', { start: 90, end: 100 }],
    ['bytes=10-19', { start: 10, end: 20 }],
    ['bytes=10-500', { start: 10, end: 100 }],
    ['bytes=5-1', 'bad'],
    ['items=0-1', 'bad'],
    ['bytes=0-1,5-6', 'bad'],
  ])('parses %s', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});

describe('saved file names', () => {
  it('are the registration date and the title, with characters no OS accepts removed', () => {
    expect(safeFileName('Beslut: avslag / del 1?', '2026-02-01')).toBe('2026-02-01 Beslut avslag del 1.pdf');
    expect(safeFileName('  ', '2026-02-01')).toBe('2026-02-01 Dokument.pdf');
    expect(safeFileName('Kallelse\u0000\u0007', '2026-02-01')).toBe('2026-02-01 Kallelse.pdf');
  });
  it('never overwrite: a taken name gets a number', () => {
    const taken = new Set(['a.pdf', 'a (2).pdf']);
    expect(uniqueName('a.pdf', (n) => taken.has(n))).toBe('a (3).pdf');
    expect(uniqueName('b.pdf', (n) => taken.has(n))).toBe('b.pdf');
  });
});
