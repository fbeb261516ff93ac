/**
 * pdf.js behind a small interface, loaded on first use so the app starts without it. The worker
 * is the pdf.js build's own file, emitted by Vite as an asset of the app (worker-src 'self').
 * Scripting stays off by construction: only the canvas renderer is used, never pdf.js's viewer,
 * its annotation layer or its scripting sandbox, and XFA is disabled. Component tests replace
 * this module; they do not run pdf.js in jsdom.
 */
import type * as PdfJs from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * What pdf.js loads on demand (scripts/build.ts copies it into the app): CMaps for CJK text, the
 * standard fonts, and the JPEG 2000 / JBIG2 / colour-profile decoders. Same origin, so the CSP
 * (connect-src 'self') allows it and nothing leaves the computer.
 */
const ASSETS = {
  cMapUrl: '/pdfjs/cmaps/',
  cMapPacked: true,
  standardFontDataUrl: '/pdfjs/standard_fonts/',
  wasmUrl: '/pdfjs/wasm/',
  iccUrl: '/pdfjs/iccs/',
} as const;

export interface PdfPageSize {
  width: number;
  height: number;
}

export interface PdfRender {
  promise: Promise<void>;
  cancel: () => void;
}

export interface PdfDocument {
  pageCount: number;
  /** The page's size at scale 1 (CSS pixels). */
  pageSize: (pageNumber: number) => Promise<PdfPageSize>;
  /** Draws the page into the canvas at the given scale, sharp on high-density screens. */
  render: (pageNumber: number, canvas: HTMLCanvasElement, scale: number) => PdfRender;
}

export interface PdfLoading {
  promise: Promise<PdfDocument>;
  /** Ends the load or the open document and its worker: nothing of the document stays in memory. */
  destroy: () => Promise<void>;
}

let library: Promise<typeof PdfJs> | null = null;

function pdfjs(): Promise<typeof PdfJs> {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return library;
}

/** Opens the document at a same-origin URL that answers range requests, fetching only what is shown. */
export function loadPdf(url: string): PdfLoading {
  let destroyed = false;
  let destroy: (() => Promise<void>) | null = null;
  const promise = pdfjs().then(async (lib) => {
    if (destroyed) throw new Error('The viewer closed before the document loaded');
    const task = lib.getDocument({
      url,
      rangeChunkSize: 65536,
      // Range requests for what is on screen only; streaming would read the whole file.
      disableAutoFetch: true,
      disableStream: true,
      enableXfa: false,
      withCredentials: false,
      verbosity: lib.VerbosityLevel.ERRORS,
      ...ASSETS,
    });
    destroy = () => task.destroy();
    return wrap(await task.promise);
  });
  return {
    promise,
    destroy: async () => {
      destroyed = true;
      await destroy?.();
    },
  };
}

/**
 * Opens a file the person picked, read in ranges straight from the local `File`: no round trip
 * through the host, no blob: URL (connect-src is 'self' only), and never the whole file in memory
 * for a thumbnail of its first page.
 */
export function loadPdfFile(file: Blob): PdfLoading {
  let destroyed = false;
  let destroy: (() => Promise<void>) | null = null;
  const promise = pdfjs().then(async (lib) => {
    if (destroyed) throw new Error('The preview closed before the document loaded');
    // A file that can no longer be read (moved, a removed USB stick) ends the load, not hangs it.
    let unreadable = () => undefined as unknown;
    class FileRange extends lib.PDFDataRangeTransport {
      override requestDataRange(begin: number, end: number): void {
        void file
          .slice(begin, end)
          .arrayBuffer()
          .then(
            (bytes) => this.onDataRange(begin, new Uint8Array(bytes)),
            () => unreadable(),
          );
      }
    }
    const task = lib.getDocument({
      range: new FileRange(file.size, null),
      rangeChunkSize: 65536,
      disableAutoFetch: true,
      disableStream: true,
      enableXfa: false,
      verbosity: lib.VerbosityLevel.ERRORS,
      ...ASSETS,
    });
    destroy = () => task.destroy();
    unreadable = () => task.destroy();
    return wrap(await task.promise);
  });
  return {
    promise,
    destroy: async () => {
      destroyed = true;
      await destroy?.();
    },
  };
}

function wrap(doc: PDFDocumentProxy): PdfDocument {
  return {
    pageCount: doc.numPages,
    pageSize: async (pageNumber) => {
      const viewport = (await doc.getPage(pageNumber)).getViewport({ scale: 1 });
      return { width: viewport.width, height: viewport.height };
    },
    render: (pageNumber, canvas, scale) => {
      let task: RenderTask | null = null;
      let cancelled = false;
      const promise = doc.getPage(pageNumber).then(async (page) => {
        if (cancelled) return;
        const density = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: scale * density });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        task = page.render({ canvas, viewport });
        await task.promise;
      });
      return {
        promise,
        cancel: () => {
          cancelled = true;
          task?.cancel();
        },
      };
    },
  };
}
