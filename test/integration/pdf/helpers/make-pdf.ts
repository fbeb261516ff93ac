// Writes small but real PDF files for the PDF check's tests: a correct cross-reference table,
// one Helvetica text line per page, and optionally the Standard security handler (revision 3,
// RC4 128-bit) so pdf.js meets a genuinely encrypted file. Written by hand rather than with a
// library so each test controls exactly which bytes are on disk.
import { createHash, randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';

export interface PdfOptions {
  pages?: number;
  /** Encrypt with the Standard security handler; an empty user password opens without asking. */
  encrypt?: { userPassword: string; ownerPassword: string };
  /** Compress page contents with FlateDecode. */
  compress?: boolean;
  /** Extra text lines per page, to make files of a chosen size. */
  linesPerPage?: number;
  /** An uncompressed greyscale image of about this many bytes drawn on each page, like a scan. */
  imageBytes?: number;
}

/** The 32-byte padding string of the Standard security handler (ISO 32000-1, 7.6.3.3). */
const PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
}

const md5 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('md5');
  for (const part of parts) hash.update(part);
  return hash.digest();
};

/** RC4 in a few lines: OpenSSL 3 leaves it out of the default provider, so node:crypto has no `rc4`. */
export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

/** RC4 applied 20 times with the key XORed by 0..19, as revision 3 prescribes for O and U. */
function rc4Rounds(key: Buffer, data: Buffer): Buffer {
  let out = data;
  for (let round = 0; round < 20; round++) {
    out = rc4(Buffer.from(key.map((b) => b ^ round)), out);
  }
  return out;
}

interface Security {
  o: Buffer;
  u: Buffer;
  p: number;
  key: Buffer;
}

/** Algorithms 2, 3 and 5 of ISO 32000-1 for R = 3, key length 16 bytes. */
function standardSecurity(userPassword: string, ownerPassword: string, fileId: Buffer): Security {
  const p = -3904; // print and copy allowed, modification not: a typical owner restriction.
  // Algorithm 3: the O entry.
  let ownerKey = md5(padPassword(ownerPassword || userPassword));
  for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey);
  const o = rc4Rounds(ownerKey, padPassword(userPassword));
  // Algorithm 2: the file encryption key.
  const pBytes = Buffer.alloc(4);
  pBytes.writeInt32LE(p);
  let key = md5(padPassword(userPassword), o, pBytes, fileId);
  for (let i = 0; i < 50; i++) key = md5(key);
  // Algorithm 5: the U entry, padded to 32 bytes with arbitrary bytes.
  const u = Buffer.concat([rc4Rounds(key, md5(PADDING, fileId)), Buffer.alloc(16)]);
  return { o, u, p, key };
}

/** Algorithm 1: the per-object RC4 key. */
function objectKey(fileKey: Buffer, num: number, gen: number): Buffer {
  const suffix = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, gen & 0xff, (gen >> 8) & 0xff]);
  return md5(fileKey, suffix).subarray(0, Math.min(fileKey.length + 5, 16));
}

export function makePdf(options: PdfOptions = {}): Buffer {
  const pageCount = options.pages ?? 1;
  const fileId = randomBytes(16);
  const security = options.encrypt
    ? standardSecurity(options.encrypt.userPassword, options.encrypt.ownerPassword, fileId)
    : undefined;

  // Object numbers: 1 catalog, 2 page tree, 3 font, then a page, its contents and its image per page.
  const objects = new Map<number, Buffer>();
  const pageNum = (i: number) => 4 + 3 * i;
  const contentNum = (i: number) => 5 + 3 * i;
  const imageNum = (i: number) => 6 + 3 * i;
  const imageWidth = 1000;
  const imageHeight = Math.max(1, Math.ceil((options.imageBytes ?? 0) / imageWidth));
  objects.set(1, Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'));
  const kids = Array.from({ length: pageCount }, (_, i) => `${pageNum(i)} 0 R`).join(' ');
  objects.set(2, Buffer.from(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`));
  objects.set(3, Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  for (let i = 0; i < pageCount; i++) {
    const xobject = options.imageBytes ? ` /XObject << /Im1 ${imageNum(i)} 0 R >>` : '';
    objects.set(
      pageNum(i),
      Buffer.from(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>${xobject} >> /Contents ${contentNum(i)} 0 R >>`,
      ),
    );
    const lines = [`BT /F1 24 Tf 72 760 Td (Sida ${i + 1}) Tj ET`];
    if (options.imageBytes) {
      lines.push('q 451 0 0 600 72 100 cm /Im1 Do Q');
      let pixels: Buffer = Buffer.alloc(imageWidth * imageHeight, 0xc0);
      if (security) pixels = rc4(objectKey(security.key, imageNum(i), 0), pixels);
      objects.set(
        imageNum(i),
        Buffer.concat([
          Buffer.from(
            `<< /Type /XObject /Subtype /Image /Width ${imageWidth} /Height ${imageHeight} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`,
          ),
          pixels,
          Buffer.from('\nendstream'),
        ]),
      );
    }
    for (let l = 0; l < (options.linesPerPage ?? 0); l++) {
      lines.push(`BT /F1 8 Tf 72 ${740 - (l % 90) * 8} Td (Rad ${l} pa sidan ${i + 1}: provtext for PDF-kontrollen) Tj ET`);
    }
    let data: Buffer = Buffer.from(`${lines.join('\n')}\n`, 'latin1');
    let filter = '';
    if (options.compress) {
      data = deflateSync(data);
      filter = ' /Filter /FlateDecode';
    }
    if (security) data = rc4(objectKey(security.key, contentNum(i), 0), data);
    objects.set(
      contentNum(i),
      Buffer.concat([Buffer.from(`<< /Length ${data.length}${filter} >>\nstream\n`), data, Buffer.from('\nendstream')]),
    );
  }
  let encryptNum: number | undefined;
  if (security) {
    encryptNum = Math.max(...objects.keys()) + 1;
    objects.set(
      encryptNum,
      Buffer.from(
        `<< /Filter /Standard /V 2 /R 3 /Length 128 /O <${security.o.toString('hex')}> /U <${security.u.toString('hex')}> /P ${security.p} >>`,
      ),
    );
  }

  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  const size = Math.max(...objects.keys()) + 1;
  for (let num = 1; num < size; num++) {
    const body = objects.get(num);
    if (!body) continue;
    offsets[num] = offset;
    const chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(chunk);
    offset += chunk.length;
  }
  const xrefAt = offset;
  const rows = ['xref', `0 ${size}`, '0000000000 65535 f\r'];
  for (let num = 1; num < size; num++) {
    const at = offsets[num];
    rows.push(at === undefined ? '0000000000 65535 f\r' : `${String(at).padStart(10, '0')} 00000 n\r`);
  }
  const id = `<${fileId.toString('hex')}>`;
  const encrypt = encryptNum ? ` /Encrypt ${encryptNum} 0 R` : '';
  rows.push(`trailer\n<< /Size ${size} /Root 1 0 R /ID [${id} ${id}]${encrypt} >>`, 'startxref', String(xrefAt), '%%EOF', '');
  chunks.push(Buffer.from(rows.join('\n'), 'latin1'));
  return Buffer.concat(chunks);
}
