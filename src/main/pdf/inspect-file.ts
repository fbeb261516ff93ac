// The whole PDF check on one path, in whatever thread calls it. The app calls it only inside the
// check worker (pdf-check-worker.ts), which adds the time limit and keeps pdf.js off its threads.
// Cheap judgements come first (size, first bytes, end of file), so pdf.js only ever sees files
// that already look like complete PDFs.
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { refusePdf, refuseUnreadable, type PdfVerdict, type UnreadableCause } from '../../shared/pdf/pdf-verdict.ts';
import { hasEndOfFileMarker } from './pdf-ending.ts';
import { readAt } from './read-at.ts';
import { readPdf } from './read-pdf.ts';
import { SNIFF_BYTES, sniffFormat } from './sniff-format.ts';
import { zipKind } from './zip-kind.ts';

function unreadableCause(error: unknown): UnreadableCause {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'EISDIR':
      return 'folder';
    case 'EACCES':
    case 'EPERM':
      return 'no-access';
    default:
      return 'io';
  }
}

function isSystemError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/**
 * Opens for reading without ever blocking: a FIFO (or a device) swapped in after the stat would
 * otherwise hang the open until a writer appears. O_NONBLOCK does nothing to regular files.
 */
async function openForReading(path: string): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
}

export async function inspectFile(path: string, maxBytes: number): Promise<PdfVerdict> {
  // stat first: opening a FIFO or a socket is itself the hazard.
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return refuseUnreadable(unreadableCause(error));
  }
  if (info.isDirectory()) return refuseUnreadable('folder');
  if (!info.isFile()) return refuseUnreadable('not-a-file');

  let file: FileHandle;
  try {
    file = await openForReading(path);
  } catch (error) {
    return refuseUnreadable(unreadableCause(error));
  }
  try {
    return await inspectOpenFile(file, maxBytes);
  } catch (error) {
    // A read that failed says the file is unreadable; anything else is the check's own failure.
    if (isSystemError(error)) return refuseUnreadable(unreadableCause(error));
    throw error;
  } finally {
    await file.close().catch(() => undefined);
  }
}

async function inspectOpenFile(file: FileHandle, maxBytes: number): Promise<PdfVerdict> {
  // Judge the file we hold, not whatever the path named a moment ago.
  const info = await file.stat();
  if (!info.isFile()) return refuseUnreadable('not-a-file');
  const size = info.size;
  if (size === 0) return refusePdf('EMPTY');
  if (size > maxBytes) return refusePdf('TOO_LARGE');

  const head = await readAt(file, 0, Math.min(size, SNIFF_BYTES));
  if (head.length === 0) return refusePdf('EMPTY');
  const sniffed = sniffFormat(head);
  switch (sniffed.kind) {
    case 'other':
      return refusePdf(sniffed.code);
    case 'zip':
      return refusePdf(await zipKind(file, size, head));
    case 'unknown':
      return refusePdf('NOT_PDF');
    case 'pdf':
      if (!(await hasEndOfFileMarker(file, size))) return refusePdf('TRUNCATED');
      return readPdf(file, size, head);
  }
}
