// A ZIP file is either an Office document (Word, Excel and PowerPoint since 2007 are ZIPs with a
// `[Content_Types].xml`; OpenDocument files are ZIPs whose first entry `mimetype` names the
// format) or an archive. The person needs to hear which: "save it as PDF" versus "extract it".
// The entry names come from the central directory at the end of the file, read in bounded slices,
// so a large archive is never read whole.
import type { FileHandle } from 'node:fs/promises';
import { readAt } from './read-at.ts';
import { indexOfBytes } from './sniff-format.ts';

export type ZipKind = 'OFFICE' | 'ARCHIVE' | 'NOT_PDF';

/** End of central directory record: 22 bytes plus a comment of at most 65535 bytes. */
const EOCD_MAX = 22 + 0xffff;
/** Names in the first entries decide it; more is never needed. */
const CENTRAL_DIRECTORY_MAX = 1024 * 1024;

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const textOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Names that only Office Open XML and OpenDocument containers have. */
function kindOfNames(names: readonly string[]): ZipKind | undefined {
  for (const name of names) {
    if (name === '[Content_Types].xml') return 'OFFICE';
    if (/^(word|xl|ppt)\//.test(name)) return 'OFFICE';
    if (name === 'content.xml' || name === 'styles.xml') return 'OFFICE';
  }
  return undefined;
}

/** OpenDocument and EPUB write `mimetype`, stored, as the first entry: its text is in the head. */
function kindOfMimetype(head: Uint8Array): ZipKind | undefined {
  const text = textOf(head.subarray(30, 30 + 8 + 80));
  if (!text.startsWith('mimetype')) return undefined;
  if (text.startsWith('mimetypeapplication/vnd.oasis.opendocument')) return 'OFFICE';
  // An e-book (EPUB) or another typed container: not a PDF, but nothing to extract either.
  if (text.startsWith('mimetypeapplication/')) return 'NOT_PDF';
  return undefined;
}

/** Entry names from local file headers within `bytes`: the fallback when there is no directory. */
function localHeaderNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = indexOfBytes(bytes, ascii('PK\x03\x04'));
  while (at >= 0 && at + 30 <= bytes.length) {
    const nameLength = view.getUint16(at + 26, true);
    names.push(textOf(bytes.subarray(at + 30, at + 30 + nameLength)));
    at = indexOfBytes(bytes, ascii('PK\x03\x04'), at + 30 + nameLength);
  }
  return names;
}

function centralDirectoryNames(directory: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  let at = 0;
  while (at + 46 <= directory.length && view.getUint32(at, true) === 0x02014b50) {
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(textOf(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Office document or archive? `head` holds the first bytes of the file, `size` its length. */
export async function zipKind(file: FileHandle, size: number, head: Uint8Array): Promise<ZipKind> {
  const byMimetype = kindOfMimetype(head);
  if (byMimetype) return byMimetype;

  const tailStart = Math.max(0, size - EOCD_MAX);
  const tail = await readAt(file, tailStart, size - tailStart);
  // The last signature is the record; an earlier one could sit inside a stored entry.
  let eocd = -1;
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail[at] === 0x50 && tail[at + 1] === 0x4b && tail[at + 2] === 0x05 && tail[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  let names: string[] = [];
  if (eocd >= 0) {
    const view = new DataView(tail.buffer, tail.byteOffset + eocd, 22);
    const directorySize = view.getUint32(12, true);
    const directoryOffset = view.getUint32(16, true);
    // ZIP64 marks the 32-bit fields with all ones; the local headers still tell enough then.
    if (directoryOffset !== 0xffffffff && directoryOffset < size) {
      const length = Math.min(directorySize, CENTRAL_DIRECTORY_MAX, size - directoryOffset);
      names = centralDirectoryNames(await readAt(file, directoryOffset, length));
    }
  }
  if (names.length === 0) names = localHeaderNames(head);
  return kindOfNames(names) ?? 'ARCHIVE';
}
