// Recognises a file's format from its first bytes, never from its name: a PDF renamed to .jpg is
// still a PDF, a photo renamed to .pdf is still a photo. The point is a precise reason for the
// person ("this is a photo"), so formats that are refused anyway but commonly picked by mistake
// are named; anything else without a PDF header is simply "not a PDF".
import type { PdfRefusalCode } from '../../shared/pdf/pdf-verdict.ts';

/** Bytes read from the start of the file for sniffing; enough for every signature below. */
export const SNIFF_BYTES = 8192;

/** ISO 32000 wants `%PDF-` at the start; readers (Acrobat, pdf.js) accept it within the first 1024 bytes. */
const PDF_HEADER_WINDOW = 1024;

export type RefusedFormat = Extract<PdfRefusalCode, 'IMAGE' | 'AUDIO' | 'VIDEO' | 'OFFICE' | 'ARCHIVE' | 'NOT_PDF'>;

export type Sniffed =
  | { kind: 'pdf' }
  /** ZIP container: Office (OOXML, ODF) or a plain archive; needs its directory to tell. */
  | { kind: 'zip' }
  | { kind: 'other'; code: RefusedFormat; format: string }
  | { kind: 'unknown' };

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

function startsWith(head: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (head.length < at + signature.length) return false;
  return signature.every((byte, i) => head[at + i] === byte);
}

function text(head: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...head.subarray(at, at + length));
}

export function indexOfBytes(haystack: Uint8Array, needle: readonly number[], from = 0, to = haystack.length): number {
  const last = Math.min(to, haystack.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

const PDF_HEADER = ascii('%PDF-');

interface Signature {
  code: RefusedFormat;
  format: string;
  test: (head: Uint8Array) => boolean;
}

/** Brands of an ISO base media file (`ftyp` box) that are still images rather than film. */
const IMAGE_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis', 'avio']);
/** Brands that are audio only (iTunes AAC, audio books, Apple lossless). */
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);

function isoMediaKind(head: Uint8Array): RefusedFormat | undefined {
  if (!startsWith(head, ascii('ftyp'), 4)) return undefined;
  const major = text(head, 8, 4);
  if (IMAGE_BRANDS.has(major)) return 'IMAGE';
  if (AUDIO_BRANDS.has(major)) return 'AUDIO';
  return 'VIDEO';
}

function riffKind(head: Uint8Array): string | undefined {
  return startsWith(head, ascii('RIFF')) ? text(head, 8, 4) : undefined;
}

/** MPEG audio frame sync (MP3 without an ID3 tag) or AAC in ADTS: 11 or 12 set bits. */
function isMpegAudioFrame(head: Uint8Array): boolean {
  const [a, b] = [head[0], head[1]];
  if (a !== 0xff || b === undefined) return false;
  const layer = (b >> 1) & 0x3;
  const version = (b >> 3) & 0x3;
  // MP3: sync, a valid version and a layer; ADTS AAC: 0xFFF1 or 0xFFF9.
  return ((b & 0xe0) === 0xe0 && version !== 1 && layer !== 0) || b === 0xf1 || b === 0xf9;
}

function isMpegTransportStream(head: Uint8Array): boolean {
  return head.length >= 189 * 3 && head[0] === 0x47 && head[188] === 0x47 && head[376] === 0x47;
}

function isBmp(head: Uint8Array): boolean {
  if (!startsWith(head, ascii('BM')) || head.length < 18) return false;
  // The DIB header size names the BMP variant; a bare "BM" is too common in text to trust.
  const dib = head[14]! | (head[15]! << 8) | (head[16]! << 16) | (head[17]! << 24);
  return [12, 40, 52, 56, 64, 108, 124].includes(dib);
}

function isTar(head: Uint8Array): boolean {
  return startsWith(head, ascii('ustar'), 257);
}

/** Order matters only where signatures overlap (RIFF, ftyp): more specific first. */
const SIGNATURES: readonly Signature[] = [
  // Images.
  { code: 'IMAGE', format: 'JPEG', test: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { code: 'IMAGE', format: 'PNG', test: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { code: 'IMAGE', format: 'GIF', test: (h) => startsWith(h, ascii('GIF87a')) || startsWith(h, ascii('GIF89a')) },
  {
    code: 'IMAGE',
    format: 'TIFF',
    test: (h) =>
      startsWith(h, [0x49, 0x49, 0x2a, 0x00]) ||
      startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]) ||
      startsWith(h, [0x49, 0x49, 0x2b, 0x00]) ||
      startsWith(h, [0x4d, 0x4d, 0x00, 0x2b]),
  },
  { code: 'IMAGE', format: 'WebP', test: (h) => riffKind(h) === 'WEBP' },
  { code: 'IMAGE', format: 'HEIF', test: (h) => isoMediaKind(h) === 'IMAGE' },
  { code: 'IMAGE', format: 'BMP', test: isBmp },
  { code: 'IMAGE', format: 'JPEG 2000', test: (h) => startsWith(h, [0, 0, 0, 0x0c, 0x6a, 0x50, 0x20, 0x20]) },
  { code: 'IMAGE', format: 'JPEG XL', test: (h) => startsWith(h, [0xff, 0x0a]) || startsWith(h, [0, 0, 0, 0x0c, 0x4a, 0x58, 0x4c, 0x20]) },
  { code: 'IMAGE', format: 'Photoshop', test: (h) => startsWith(h, ascii('8BPS')) },
  // Audio.
  { code: 'AUDIO', format: 'MP3 (ID3)', test: (h) => startsWith(h, ascii('ID3')) },
  { code: 'AUDIO', format: 'WAV', test: (h) => riffKind(h) === 'WAVE' },
  { code: 'AUDIO', format: 'FLAC', test: (h) => startsWith(h, ascii('fLaC')) },
  {
    code: 'AUDIO',
    format: 'AIFF',
    test: (h) => startsWith(h, ascii('FORM')) && ['AIFF', 'AIFC'].includes(text(h, 8, 4)),
  },
  { code: 'AUDIO', format: 'AMR', test: (h) => startsWith(h, ascii('#!AMR')) },
  { code: 'AUDIO', format: 'M4A', test: (h) => isoMediaKind(h) === 'AUDIO' },
  // Ogg holds either; Theora (or another video codec) announces itself in the first page.
  {
    code: 'VIDEO',
    format: 'Ogg video',
    test: (h) => startsWith(h, ascii('OggS')) && (indexOfBytes(h, ascii('theora')) >= 0 || indexOfBytes(h, ascii('\x01video')) >= 0),
  },
  { code: 'AUDIO', format: 'Ogg', test: (h) => startsWith(h, ascii('OggS')) },
  { code: 'AUDIO', format: 'MP3', test: isMpegAudioFrame },
  // Video.
  { code: 'VIDEO', format: 'MP4/MOV', test: (h) => isoMediaKind(h) === 'VIDEO' },
  // QuickTime files without an ftyp box start with a movie or data atom.
  { code: 'VIDEO', format: 'MOV', test: (h) => ['moov', 'mdat', 'wide'].includes(text(h, 4, 4)) },
  { code: 'VIDEO', format: 'AVI', test: (h) => riffKind(h) === 'AVI ' },
  { code: 'VIDEO', format: 'Matroska/WebM', test: (h) => startsWith(h, [0x1a, 0x45, 0xdf, 0xa3]) },
  { code: 'VIDEO', format: 'MPEG', test: (h) => startsWith(h, [0, 0, 1, 0xba]) || startsWith(h, [0, 0, 1, 0xb3]) },
  { code: 'VIDEO', format: 'MPEG-TS', test: isMpegTransportStream },
  { code: 'VIDEO', format: 'FLV', test: (h) => startsWith(h, [0x46, 0x4c, 0x56, 0x01]) },
  {
    code: 'VIDEO',
    format: 'ASF (WMV/WMA)',
    test: (h) => startsWith(h, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11]),
  },
  // Office documents that are not ZIPs (those are told apart in zip-kind.ts).
  { code: 'OFFICE', format: 'OLE2 (.doc/.xls/.ppt)', test: (h) => startsWith(h, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  { code: 'OFFICE', format: 'RTF', test: (h) => startsWith(h, ascii('{\\rtf')) },
  // Archives.
  { code: 'ARCHIVE', format: 'RAR', test: (h) => startsWith(h, ascii('Rar!\x1a\x07')) },
  { code: 'ARCHIVE', format: '7z', test: (h) => startsWith(h, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) },
  { code: 'ARCHIVE', format: 'gzip', test: (h) => startsWith(h, [0x1f, 0x8b]) },
  { code: 'ARCHIVE', format: 'bzip2', test: (h) => startsWith(h, ascii('BZh')) },
  { code: 'ARCHIVE', format: 'xz', test: (h) => startsWith(h, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]) },
  { code: 'ARCHIVE', format: 'zstd', test: (h) => startsWith(h, [0x28, 0xb5, 0x2f, 0xfd]) },
  { code: 'ARCHIVE', format: 'CAB', test: (h) => startsWith(h, ascii('MSCF')) },
  { code: 'ARCHIVE', format: 'tar', test: isTar },
];

const ZIP_SIGNATURES = [ascii('PK\x03\x04'), ascii('PK\x05\x06'), ascii('PK\x07\x08')];

/** What the first bytes of a file say it is. `head` is the first SNIFF_BYTES bytes (or fewer). */
export function sniffFormat(head: Uint8Array): Sniffed {
  // A header at the very start settles it, whatever follows.
  if (startsWith(head, PDF_HEADER)) return { kind: 'pdf' };
  if (ZIP_SIGNATURES.some((signature) => startsWith(head, signature))) return { kind: 'zip' };
  for (const signature of SIGNATURES) {
    if (signature.test(head)) return { kind: 'other', code: signature.code, format: signature.format };
  }
  // Some producers put a few bytes (a BOM, a mail header) before the header; readers allow it.
  if (indexOfBytes(head, PDF_HEADER, 0, PDF_HEADER_WINDOW) >= 0) return { kind: 'pdf' };
  return { kind: 'unknown' };
}
