// Whether a PDF ends the way a complete PDF ends: with `%%EOF`.
//
// Why this matters more than what pdf.js says: pdf.js repairs a file whose cross-reference table
// is missing by scanning for objects, and an object that is simply not there reads as null, so a
// file cut short can open and show pages that are blank or missing their last revision (for
// example the one carrying a signature). An interrupted download or copy always loses the end of
// the file, so the end is where to look. Acrobat applies the same rule: `%%EOF` within the last
// 1024 bytes.
//
// Trailing whitespace and NUL bytes are set aside first: some producers and transfers pad files,
// and a download manager that pre-allocates the file leaves zeros where the missing part should
// be, which must count as truncated, not as "junk after the end".
import type { FileHandle } from 'node:fs/promises';
import { readAt } from './read-at.ts';
import { indexOfBytes } from './sniff-format.ts';

/** How much of the end is read: padding longer than this counts as a truncated file. */
const TAIL_BYTES = 64 * 1024;
/** Where `%%EOF` must be, counted back from the last byte that is not padding. */
const EOF_WINDOW = 1024;

const EOF_MARKER = Array.from('%%EOF', (c) => c.charCodeAt(0));
const PADDING = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

export async function hasEndOfFileMarker(file: FileHandle, size: number): Promise<boolean> {
  const start = Math.max(0, size - TAIL_BYTES);
  const tail = await readAt(file, start, size - start);
  let end = tail.length;
  while (end > 0 && PADDING.has(tail[end - 1]!)) end--;
  return indexOfBytes(tail, EOF_MARKER, Math.max(0, end - EOF_WINDOW), end) >= 0;
}
