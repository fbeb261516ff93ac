// Minimal but real files of the formats the PDF check must refuse, built byte by byte from their
// specifications: each one would open in the program it belongs to. Tests write them to a temp
// dir at run time, so no binary fixtures live in the repository.
import { crc32, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';

const u16le = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32le = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u32be = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** PNG: signature, IHDR, one zlib-compressed IDAT, IEND, each chunk with its CRC. */
export function makePng(width = 2, height = 2): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
  };
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 2, 0, 0, 0])]); // 8-bit RGB
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0; // filter type None
  rows.fill(0x7f, 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Baseline JPEG, 8×8 grey, one component: JFIF APP0, a flat quantisation table, SOF0, one-code
 * Huffman tables (DC category 0 and AC end-of-block, both the 1-bit code `0`), and one block.
 */
export function makeJpeg(): Buffer {
  const segment = (marker: number, data: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16beLen(data), data]);
  const u16beLen = (data: Buffer) => {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(data.length + 2);
    return b;
  };
  const app0 = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const dqt = Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]);
  const sof0 = Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
  const counts = (n: number) => {
    const c = Buffer.alloc(16);
    c[0] = n;
    return c;
  };
  const dhtDc = Buffer.concat([Buffer.from([0x00]), counts(1), Buffer.from([0x00])]);
  const dhtAc = Buffer.concat([Buffer.from([0x10]), counts(1), Buffer.from([0x00])]);
  const sos = Buffer.from([1, 1, 0x00, 0, 63, 0]);
  // DC "0" (difference category 0) then AC "0" (end of block), padded with one bits.
  const scan = Buffer.from([0x3f]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, app0),
    segment(0xdb, dqt),
    segment(0xc0, sof0),
    segment(0xc4, dhtDc),
    segment(0xc4, dhtAc),
    segment(0xda, sos),
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** GIF89a, 1×1, two-colour palette, LZW data for one pixel. */
export function makeGif(): Buffer {
  return Buffer.concat([
    Buffer.from('GIF89a', 'latin1'),
    u16le(1),
    u16le(1),
    Buffer.from([0x80, 0, 0]), // global colour table of 2 entries
    Buffer.from([0, 0, 0, 0xff, 0xff, 0xff]),
    Buffer.from([0x2c]),
    u16le(0),
    u16le(0),
    u16le(1),
    u16le(1),
    Buffer.from([0]),
    Buffer.from([2, 2, 0x4c, 0x01, 0]), // min code size 2; clear, 0, end
    Buffer.from([0x3b]),
  ]);
}

/** TIFF, little-endian, with an empty first IFD. */
export function makeTiff(): Buffer {
  return Buffer.concat([Buffer.from('II*\0', 'latin1'), u32le(8), u16le(0), u32le(0)]);
}

/** ISO base media file: an `ftyp` box with the given brand, then an empty `free` box. */
export function makeIsoMedia(brand: string, compatible: string[] = ['isom']): Buffer {
  const body = Buffer.concat([Buffer.from(brand, 'latin1'), u32be(0x200), ...compatible.map((b) => Buffer.from(b, 'latin1'))]);
  const ftyp = Buffer.concat([u32be(8 + body.length), Buffer.from('ftyp', 'latin1'), body]);
  const free = Buffer.concat([u32be(8), Buffer.from('free', 'latin1')]);
  return Buffer.concat([ftyp, free]);
}

export function makeWebp(): Buffer {
  // RIFF container with a lossless VP8L chunk header; enough for every reader to name it.
  const vp8l = Buffer.from([0x2f, 0, 0, 0, 0]);
  const chunk = Buffer.concat([Buffer.from('VP8L', 'latin1'), u32le(vp8l.length), vp8l, Buffer.alloc(1)]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(4 + chunk.length), Buffer.from('WEBP', 'latin1'), chunk]);
}

export function makeBmp(): Buffer {
  const pixels = Buffer.from([0, 0, 0xff, 0]); // one red pixel, row padded to 4 bytes
  const header = Buffer.concat([Buffer.from('BM', 'latin1'), u32le(14 + 40 + pixels.length), u32le(0), u32le(54)]);
  const dib = Buffer.concat([u32le(40), u32le(1), u32le(1), u16le(1), u16le(24), u32le(0), u32le(pixels.length), u32le(2835), u32le(2835), u32le(0), u32le(0)]);
  return Buffer.concat([header, dib, pixels]);
}

/** WAV: RIFF/WAVE with a PCM `fmt ` chunk and `samples` 16-bit mono samples of a tone. */
export function makeWav(samples = 800): Buffer {
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) data.writeInt16LE(Math.round(8000 * Math.sin((i / 8000) * 2 * Math.PI * 440)), i * 2);
  const fmt = Buffer.concat([u16le(1), u16le(1), u32le(8000), u32le(16000), u16le(2), u16le(16)]);
  const chunks = Buffer.concat([
    Buffer.from('fmt ', 'latin1'),
    u32le(fmt.length),
    fmt,
    Buffer.from('data', 'latin1'),
    u32le(data.length),
    data,
  ]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(4 + chunks.length), Buffer.from('WAVE', 'latin1'), chunks]);
}

/** MP3: an ID3v2.4 tag with a title frame, then one MPEG-1 Layer III frame header and silence. */
export function makeMp3(): Buffer {
  const title = Buffer.concat([Buffer.from([3]), Buffer.from('Intervju', 'utf8')]);
  const frame = Buffer.concat([Buffer.from('TIT2', 'latin1'), u32be(title.length), Buffer.from([0, 0]), title]);
  const size = frame.length; // fits in the low 7 bits of the synchsafe size
  const tag = Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([4, 0, 0, 0, 0, 0, size]), frame]);
  const mpegFrame = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(413)]);
  return Buffer.concat([tag, mpegFrame]);
}

export function makeFlac(): Buffer {
  // "fLaC" and a last-metadata-block STREAMINFO of 34 bytes.
  return Buffer.concat([Buffer.from('fLaC', 'latin1'), Buffer.from([0x80, 0, 0, 34]), Buffer.alloc(34)]);
}

export function makeOgg(): Buffer {
  const header = Buffer.concat([Buffer.from('OggS', 'latin1'), Buffer.from([0, 2]), Buffer.alloc(8), u32le(1), u32le(0), u32le(0), Buffer.from([1, 30])]);
  const vorbis = Buffer.concat([Buffer.from([1]), Buffer.from('vorbis', 'latin1'), Buffer.alloc(23)]);
  return Buffer.concat([header, vorbis]);
}

/** Matroska/WebM: an EBML header naming the doc type. */
export function makeWebm(): Buffer {
  const docType = Buffer.concat([Buffer.from([0x42, 0x82, 0x84]), Buffer.from('webm', 'latin1')]);
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | docType.length]), docType]);
}

export function makeAvi(): Buffer {
  const list = Buffer.concat([Buffer.from('LIST', 'latin1'), u32le(4), Buffer.from('hdrl', 'latin1')]);
  return Buffer.concat([Buffer.from('RIFF', 'latin1'), u32le(4 + list.length), Buffer.from('AVI ', 'latin1'), list]);
}

export function makeMpegProgramStream(): Buffer {
  return Buffer.concat([Buffer.from([0, 0, 1, 0xba, 0x44, 0, 4, 0, 4, 1, 0x01, 0x89, 0xc3, 0xf8]), Buffer.from([0, 0, 1, 0xb9])]);
}

/** OLE2 compound file (legacy .doc/.xls): the 512-byte header with its signature and geometry. */
export function makeOle2(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // byte order mark
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(0xfffffffe, 48); // no directory chain yet
  header.fill(0xff, 76, 512); // empty DIFAT
  return Buffer.concat([header, Buffer.alloc(512)]);
}

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Stored instead of deflated (ODF requires it for `mimetype`). */
  store?: boolean;
}

/** A ZIP writer: local headers, deflate or stored data, central directory, end record. */
export function makeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const method = entry.store ? 0 : 8;
    const data = entry.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(raw);
    const common = Buffer.concat([u16le(20), u16le(0x0800), u16le(method), u16le(0), u16le(0x21), u32le(crc), u32le(data.length), u32le(raw.length), u16le(name.length), u16le(0)]);
    const local = Buffer.concat([u32le(0x04034b50), common, name, data]);
    centrals.push(Buffer.concat([u32le(0x02014b50), u16le(20), common, u16le(0), u16le(0), u16le(0), u32le(0), u32le(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32le(0x06054b50), u16le(0), u16le(0), u16le(entries.length), u16le(entries.length), u32le(directory.length), u32le(offset), u16le(0)]);
  return Buffer.concat([...locals, directory, end]);
}

/** A Word document's package: content types, relationships and the main part, as Word writes them. */
export function makeDocx(): Buffer {
  return makeZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Inlaga</w:t></w:r></w:p></w:body></w:document>',
    },
  ]);
}

/** An OpenDocument text: `mimetype` stored first, then the manifest and content. */
export function makeOdt(): Buffer {
  return makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    {
      name: 'META-INF/manifest.xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>',
    },
    { name: 'content.xml', data: '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>' },
  ]);
}

export function makeGzip(): Buffer {
  return gzipSync(Buffer.from('Anteckningar från mötet\n'.repeat(20), 'utf8'));
}

/** A ustar archive with one file: a 512-byte header with its checksum, the data, two zero blocks. */
export function makeTar(name: string, data: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const field = (value: string, at: number, length: number) => Buffer.from(value, 'latin1').copy(header, at, 0, length);
  field(name, 0, 100);
  field('0000644\0', 100, 8);
  field('0000000\0', 108, 8);
  field('0000000\0', 116, 8);
  field(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 12);
  field(`${Math.floor(Date.UTC(2025, 0, 1) / 1000).toString(8).padStart(11, '0')}\0`, 136, 12);
  field('0', 156, 1);
  field('ustar\0', 257, 6);
  field('00', 263, 2);
  header.fill(0x20, 148, 156); // checksum is computed with its own field as spaces
  const sum = header.reduce((a, b) => a + b, 0);
  field(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const padded = Buffer.alloc(Math.ceil(data.length / 512) * 512);
  data.copy(padded);
  return Buffer.concat([header, padded, Buffer.alloc(1024)]);
}

export function make7z(): Buffer {
  // Signature header: magic, version 0.4, start-header CRC, next header offset/size/CRC (empty archive).
  const startHeader = Buffer.alloc(20);
  const sig = Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), u32le(crc32(startHeader)), startHeader]);
  return sig;
}

export function makeRar(): Buffer {
  // RAR 5 signature followed by a main archive header block.
  return Buffer.concat([Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'), Buffer.from([0x33, 0x92, 0xb5, 0xe5, 0x0a, 0x01, 0x05, 0x06, 0x00, 0x05, 0x01, 0x01, 0x80, 0x80, 0x00])]);
}
