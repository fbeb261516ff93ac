import { vi } from 'vitest';

/**
 * pdf.js is not run in jsdom: a thumbnail "draws" a blank first page. For vi.mock's factory; kept
 * apart from the other helpers, which import the app (and so the module being mocked).
 */
export function fakePdfEngine() {
  const doc = {
    pageCount: 1,
    pageSize: () => Promise.resolve({ width: 595, height: 842 }),
    render: () => ({ promise: Promise.resolve(), cancel: () => undefined }),
  };
  return {
    loadPdf: vi.fn(() => ({ promise: Promise.resolve(doc), destroy: () => Promise.resolve() })),
    loadPdfFile: vi.fn((_file: Blob) => ({ promise: Promise.resolve(doc), destroy: () => Promise.resolve() })),
  };
}
