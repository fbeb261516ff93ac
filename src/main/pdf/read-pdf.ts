// Opens a file that looks like a PDF with pdf.js and reads every page, the way the agency's
// systems and the person's viewer would.
//
// What "can be read" means here, decided with pdf.js 6 on real damaged files:
// - The document must open: InvalidPDFException and friends are DAMAGED, PasswordException (a user
//   password) is PASSWORD_PROTECTED. An owner password alone opens without asking and is accepted.
// - Every page must resolve (`getPage`) and every page's content must be parsed. Loading the page
//   tree alone misses a page whose content object is broken (a cross-reference entry pointing at
//   garbage). Measured: text extraction (`streamTextContent`) fails on such a page, while
//   `getOperatorList` quietly turns it into an empty page; so text extraction it is.
// - Text extraction parses every content stream and font but never decodes an image, so a 90 MB
//   scanned document is checked in about a second (decoding the scans would take minutes). A
//   corrupt image inside an otherwise intact file is therefore not caught.
// - `stopAtErrors` stays false, as in viewers. Measured: the errors it turns into failures are
//   quirks every viewer shows fine (text without a font selection, an odd encoding or ToUnicode
//   map), while a broken content object fails either way and a corrupt compressed stream passes
//   either way. A strict check would refuse documents Acrobat opens without a word.
// - Truncation is decided before pdf.js by the file's end (pdf-ending.ts): pdf.js repairs a cut
//   file into one that opens, sometimes with pages silently empty.
import { dirname, join } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getDocument, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { acceptPdf, refusePdf, refuseUnreadable, type PdfVerdict } from '../../shared/pdf/pdf-verdict.ts';
import { FileRangeTransport } from './file-range-transport.ts';

/** Bytes per range request: large enough to read a content-heavy file in few reads. */
const RANGE_CHUNK_BYTES = 256 * 1024;
/** How often the document's caches are dropped while reading pages. */
const PAGES_PER_CLEANUP = 50;

// A variable, not a literal: the parser build ships without type declarations. pdfjs-dist stays
// an external package in the main bundle, so this resolves from node_modules at run time.
const PDFJS_WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let workerReady: Promise<void> | undefined;

/**
 * pdf.js in Node runs its parser in-thread (a "fake worker"): right here, since this code already
 * runs in the check's worker thread. Installing the parser module ourselves makes that explicit,
 * rather than relying on pdf.js importing `./pdf.worker.mjs` relative to its own file.
 */
function installParser(): Promise<void> {
  workerReady ??= import(PDFJS_WORKER_MODULE).then((parser: unknown) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
  });
  return workerReady;
}

/** CMaps (CJK text) and standard font metrics ship in the package; without them such text fails. */
function packageDir(sub: string): string {
  const root = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
  // pdf.js joins file names onto these by string, and insists on a trailing slash.
  return `${join(root, sub)}/`;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : '';
}

async function isEncrypted(doc: PDFDocumentProxy): Promise<boolean> {
  const { info } = await doc.getMetadata();
  return typeof (info as { EncryptFilterName?: unknown }).EncryptFilterName === 'string';
}

async function readEveryPage(doc: PDFDocumentProxy): Promise<void> {
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    // Unicode normalisation only serves search and copy; skipping it saves a fifth of the time.
    const reader = page.streamTextContent({ disableNormalization: true }).getReader();
    // Consume and drop: the text itself is of no interest, only that it could be parsed.
    while (!(await reader.read()).done);
    page.cleanup();
    // Fonts and other parsed resources are cached per document; let them go now and then.
    if (n % PAGES_PER_CLEANUP === 0) await doc.cleanup();
  }
}

/**
 * The verdict on a file whose header says PDF and whose end is intact. `head` is the start of the
 * file (already read for sniffing); the rest is read on demand through `file`.
 */
export async function readPdf(file: FileHandle, size: number, head: Uint8Array): Promise<PdfVerdict> {
  await installParser();
  let readFailure = false;
  const transport = new FileRangeTransport(file, size, head, () => {
    readFailure = true;
    void loadingTask.destroy().catch(() => undefined);
  });
  const loadingTask = getDocument({
    range: transport,
    rangeChunkSize: RANGE_CHUNK_BYTES,
    // Only what parsing asks for is read, on demand; no background fetching of the rest.
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    // Nothing in the file gets to run or reach out: no XFA forms, no fonts handed to a renderer,
    // no system fonts. pdf.js 6 has no `isEvalSupported` any more: it no longer evaluates code.
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    cMapUrl: packageDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: packageDir('standard_fonts'),
    // pdf.js warnings can quote the file's content; only errors, and those go nowhere (see worker).
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await loadingTask.promise;
    if (doc.numPages < 1) return refusePdf('DAMAGED');
    await readEveryPage(doc);
    return acceptPdf(doc.numPages, await isEncrypted(doc));
  } catch (error) {
    if (readFailure) return refuseUnreadable('io');
    if (errorName(error) === 'PasswordException') return refusePdf('PASSWORD_PROTECTED');
    // InvalidPDFException, FormatError, UnknownErrorException, a page that cannot be found.
    return refusePdf('DAMAGED');
  } finally {
    await loadingTask.destroy().catch(() => undefined);
  }
}
