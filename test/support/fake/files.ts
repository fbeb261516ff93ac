// Small files for the submission tests, and the fake host's check of them by content, as main's
// PDF check judges (the name says nothing: a photo called scan.pdf is still a photo).
import { acceptPdf, refusePdf, type PdfVerdict } from '../../../src/shared/pdf/pdf-verdict.ts';

/** A file the PDF check accepts, with this many pages (one /Type /Page object per page). */
export function pdfFile(name: string, pages = 1, padding = 0): File {
  const objects = Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n`).join('');
  const body = `%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count ${pages} >> endobj\n${objects}%${'x'.repeat(padding)}\n%%EOF\n`;
  return new File([body], name, { type: 'application/pdf' });
}

/** A PNG photo, whatever it is called. */
export function pngFile(name: string): File {
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  return new File([bytes], name, { type: name.endsWith('.pdf') ? 'application/pdf' : 'image/png' });
}

/** A PDF cut off before its end: an interrupted download. */
export function truncatedPdf(name: string): File {
  return new File(['%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n3 0 obj << /Type /Page'], name, { type: 'application/pdf' });
}

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The verdict main's check would give, for the kinds of file the tests use. */
export function judge(bytes: Uint8Array): PdfVerdict {
  if (bytes.length === 0) return refusePdf('EMPTY');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || latin1(bytes.subarray(0, 4)) === 'GIF8') return refusePdf('IMAGE');
  if (latin1(bytes.subarray(0, 3)) === 'ID3' || latin1(bytes.subarray(0, 4)) === 'OggS') return refusePdf('AUDIO');
  if (latin1(bytes.subarray(4, 8)) === 'ftyp') return refusePdf('VIDEO');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return refusePdf(latin1(bytes).includes('[Content_Types].xml') ? 'OFFICE' : 'ARCHIVE');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || latin1(bytes.subarray(0, 5)) === '{\\rtf') return refusePdf('OFFICE');
  const text = new TextDecoder('latin1').decode(bytes);
  if (!text.startsWith('%PDF-')) return refusePdf('NOT_PDF');
  if (!/%%EOF\s*$/.test(text.slice(-64))) return refusePdf('TRUNCATED');
  const pages = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  return pages === 0 ? refusePdf('DAMAGED') : acceptPdf(pages, false);
}
