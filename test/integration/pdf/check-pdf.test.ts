// The PDF check (product C3) on real files written at run time: every refusal class, the
// acceptances that depend on content rather than name, and the limits. All through checkPdf,
// so every case runs in a real check worker thread as in the app.
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../../../src/main/pdf/check-pdf.ts';
import { PDF_REFUSAL_CODES, type PdfVerdict } from '../../../src/shared/pdf/pdf-verdict.ts';
import {
  make7z,
  makeAvi,
  makeBmp,
  makeDocx,
  makeFlac,
  makeGif,
  makeGzip,
  makeIsoMedia,
  makeJpeg,
  makeMp3,
  makeMpegProgramStream,
  makeOdt,
  makeOgg,
  makeOle2,
  makePng,
  makeRar,
  makeTar,
  makeTiff,
  makeWav,
  makeWebm,
  makeWebp,
  makeZip,
} from './helpers/make-files.ts';
import { makePdf } from './helpers/make-pdf.ts';
import { makeTempDir } from './helpers/temp-dir.ts';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('pdf-check');
});
afterAll(() => temp.remove());

function expectRefused(verdict: PdfVerdict, code: string): void {
  expect(verdict).toMatchObject({ ok: false, code });
  if (verdict.ok) return;
  // Every refusal tells the person, in both languages, what it is and what to do.
  expect(verdict.message.sv.length).toBeGreaterThan(20);
  expect(verdict.message.en.length).toBeGreaterThan(20);
}

async function check(name: string, data: Buffer | string, options?: Parameters<typeof checkPdf>[1]): Promise<PdfVerdict> {
  return checkPdf(await temp.file(name, data), options);
}

describe('accepted: a PDF, judged by its content', () => {
  it('a valid PDF is accepted with its page count', async () => {
    expect(await check('inlaga.pdf', makePdf({ pages: 3 }))).toEqual({ ok: true, pages: 3, encrypted: false });
  });

  it('a PDF with compressed page contents is accepted', async () => {
    expect(await check('compressed.pdf', makePdf({ pages: 2, compress: true }))).toEqual({ ok: true, pages: 2, encrypted: false });
  });

  it('a PDF named .jpg is accepted: the name does not matter', async () => {
    expect(await check('scan.jpg', makePdf({ pages: 1 }))).toEqual({ ok: true, pages: 1, encrypted: false });
  });

  it('a PDF without any extension is accepted', async () => {
    expect(await check('beslut', makePdf({ pages: 2 }))).toMatchObject({ ok: true, pages: 2 });
  });

  it('a PDF with only an owner password opens without one and is accepted, marked encrypted', async () => {
    const pdf = makePdf({ pages: 2, encrypt: { userPassword: '', ownerPassword: 'agarlosen' } });
    expect(await check('restricted.pdf', pdf)).toEqual({ ok: true, pages: 2, encrypted: true });
  });

  it('a PDF whose cross-reference offsets are wrong is accepted, as pdf.js repairs it', async () => {
    const text = makePdf({ pages: 3 }).toString('latin1');
    const shifted = text.replace(/(\d{10}) 00000 n/g, (_, at: string) => `${String(Number(at) + 7).padStart(10, '0')} 00000 n`);
    expect(await check('broken-xref.pdf', Buffer.from(shifted, 'latin1'))).toEqual({ ok: true, pages: 3, encrypted: false });
  });

  it('a PDF padded with zeros after %%EOF is accepted', async () => {
    const pdf = Buffer.concat([makePdf({ pages: 1 }), Buffer.alloc(4096)]);
    expect(await check('padded.pdf', pdf)).toMatchObject({ ok: true, pages: 1 });
  });

  it('a PDF with a few bytes before its header is accepted, as readers allow', async () => {
    const pdf = Buffer.concat([Buffer.from('\ufeff', 'utf8'), makePdf({ pages: 1 })]);
    expect(await check('bom.pdf', pdf)).toMatchObject({ ok: true, pages: 1 });
  });

  it('a multi-megabyte PDF of many pages is read in ranges and every page counted', async () => {
    const pdf = makePdf({ pages: 400, linesPerPage: 40, compress: true });
    expect(await check('many-pages.pdf', pdf)).toEqual({ ok: true, pages: 400, encrypted: false });
  });

  it('a scan-like PDF with large images is accepted without decoding the images', async () => {
    const pdf = makePdf({ pages: 4, imageBytes: 2_000_000 });
    expect(pdf.length).toBeGreaterThan(8_000_000);
    expect(await check('scan.pdf', pdf)).toEqual({ ok: true, pages: 4, encrypted: false });
  });
});

describe('refused: not a PDF', () => {
  const cases: [rule: string, name: string, data: () => Buffer, code: string][] = [
    ['a PNG is refused as an image', 'photo.png', () => makePng(), 'IMAGE'],
    ['a JPEG is refused as an image', 'photo.jpg', () => makeJpeg(), 'IMAGE'],
    ['a GIF is refused as an image', 'anim.gif', () => makeGif(), 'IMAGE'],
    ['a TIFF is refused as an image', 'fax.tif', () => makeTiff(), 'IMAGE'],
    ['a HEIC photo (iPhone) is refused as an image', 'IMG_0001.heic', () => makeIsoMedia('heic', ['mif1', 'heic']), 'IMAGE'],
    ['a WebP is refused as an image', 'bild.webp', () => makeWebp(), 'IMAGE'],
    ['a BMP is refused as an image', 'bild.bmp', () => makeBmp(), 'IMAGE'],
    ['a WAV recording is refused as audio', 'forhor.wav', () => makeWav(), 'AUDIO'],
    ['an MP3 with an ID3 tag is refused as audio', 'forhor.mp3', () => makeMp3(), 'AUDIO'],
    ['a FLAC file is refused as audio', 'forhor.flac', () => makeFlac(), 'AUDIO'],
    ['an Ogg Vorbis file is refused as audio', 'forhor.ogg', () => makeOgg(), 'AUDIO'],
    ['an M4A recording is refused as audio', 'memo.m4a', () => makeIsoMedia('M4A ', ['M4A ', 'mp42', 'isom']), 'AUDIO'],
    ['an MP4 film is refused as video', 'film.mp4', () => makeIsoMedia('isom', ['isom', 'iso2', 'avc1', 'mp41']), 'VIDEO'],
    ['a QuickTime MOV is refused as video', 'film.mov', () => makeIsoMedia('qt  ', ['qt  ']), 'VIDEO'],
    ['an AVI is refused as video', 'film.avi', () => makeAvi(), 'VIDEO'],
    ['a WebM/MKV film is refused as video', 'film.webm', () => makeWebm(), 'VIDEO'],
    ['an MPEG program stream is refused as video', 'film.mpg', () => makeMpegProgramStream(), 'VIDEO'],
    ['a Word document (DOCX) is refused as an Office file', 'inlaga.docx', () => makeDocx(), 'OFFICE'],
    ['a legacy Word/Excel file (OLE2) is refused as an Office file', 'inlaga.doc', () => makeOle2(), 'OFFICE'],
    ['an OpenDocument text is refused as an Office file', 'inlaga.odt', () => makeOdt(), 'OFFICE'],
    ['an RTF document is refused as an Office file', 'inlaga.rtf', () => Buffer.from('{\\rtf1\\ansi Inlaga}'), 'OFFICE'],
    ['a ZIP archive is refused as an archive', 'bilagor.zip', () => makeZip([{ name: 'a.txt', data: 'hej' }, { name: 'b.pdf', data: makePdf() }]), 'ARCHIVE'],
    ['a gzip file is refused as an archive', 'bilagor.gz', () => makeGzip(), 'ARCHIVE'],
    ['a tar file is refused as an archive', 'bilagor.tar', () => makeTar('inlaga.pdf', makePdf()), 'ARCHIVE'],
    ['a 7z file is refused as an archive', 'bilagor.7z', () => make7z(), 'ARCHIVE'],
    ['a RAR file is refused as an archive', 'bilagor.rar', () => makeRar(), 'ARCHIVE'],
    ['a plain text file is refused as not a PDF', 'anteckning.txt', () => Buffer.from('Anteckningar från mötet\n'), 'NOT_PDF'],
    ['random bytes are refused as not a PDF', 'garbage.bin', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)), 'NOT_PDF'],
  ];
  it.each(cases)('%s', async (_rule, name, data, code) => {
    expectRefused(await check(name, data()), code);
  });

  it('a JPEG named .pdf is refused as an image', async () => {
    expectRefused(await check('inlaga.pdf', makeJpeg()), 'IMAGE');
  });

  it('a DOCX named .pdf is refused as an Office file', async () => {
    expectRefused(await check('inlaga-docx.pdf', makeDocx()), 'OFFICE');
  });

  it('a real gzip file made by the system tool is refused as an archive', async () => {
    let gz: Buffer;
    try {
      gz = execFileSync('gzip', ['-c'], { input: 'hej' });
    } catch {
      return; // no gzip binary here; the zlib-made file above covers the rule
    }
    expectRefused(await check('system.gz', gz), 'ARCHIVE');
  });
});

describe('refused: a PDF that cannot be sent', () => {
  it('an empty file is refused as empty', async () => {
    expectRefused(await check('empty.pdf', ''), 'EMPTY');
  });

  it('a PDF cut in the middle is refused as truncated', async () => {
    const pdf = makePdf({ pages: 6, linesPerPage: 10 });
    expectRefused(await check('half.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))), 'TRUNCATED');
  });

  it('a PDF cut just before %%EOF is refused as truncated, although pdf.js would repair it', async () => {
    const pdf = makePdf({ pages: 2 });
    const cut = pdf.subarray(0, pdf.lastIndexOf('startxref'));
    expectRefused(await check('no-eof.pdf', cut), 'TRUNCATED');
  });

  it('a partial download padded with zeros to full length is refused as truncated', async () => {
    const pdf = makePdf({ pages: 4, linesPerPage: 10 });
    const partial = Buffer.concat([pdf.subarray(0, Math.floor(pdf.length * 0.6)), Buffer.alloc(pdf.length - Math.floor(pdf.length * 0.6))]);
    expectRefused(await check('partial.pdf', partial), 'TRUNCATED');
  });

  it('a PDF with a user password is refused as password protected', async () => {
    const pdf = makePdf({ pages: 2, encrypt: { userPassword: 'hemligt', ownerPassword: 'agarlosen' } });
    expectRefused(await check('locked.pdf', pdf), 'PASSWORD_PROTECTED');
  });

  it('a PDF whose page content object is broken is refused as damaged', async () => {
    const text = makePdf({ pages: 3 }).toString('latin1');
    // Overwrite the second page's content object: the cross-reference entry now points at blanks.
    const broken = text.replace(/\n8 0 obj[\s\S]*?endobj\n/, (m) => `\n${' '.repeat(m.length - 2)}\n`);
    expectRefused(await check('broken-page.pdf', Buffer.from(broken, 'latin1')), 'DAMAGED');
  });

  it('a PDF header followed by garbage is refused as damaged', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256)), Buffer.from('\n%%EOF\n')]);
    expectRefused(await check('garbage.pdf', bytes), 'DAMAGED');
  });

  it('a PDF with no pages is refused as damaged', async () => {
    const text = makePdf({ pages: 1 }).toString('latin1').replace('/Kids [4 0 R] /Count 1', '/Kids [] /Count 0');
    const verdict = await check('no-pages.pdf', Buffer.from(text, 'latin1'));
    expectRefused(verdict, 'DAMAGED');
  });
});

describe('refused: files that cannot be read', () => {
  it('a missing file is refused as unreadable', async () => {
    expectRefused(await checkPdf(join(temp.dir, 'finns-inte.pdf')), 'UNREADABLE');
  });

  it('a directory is refused as unreadable', async () => {
    const dir = join(temp.dir, 'mapp.pdf');
    await mkdir(dir);
    const verdict = await checkPdf(dir);
    expectRefused(verdict, 'UNREADABLE');
    expect(!verdict.ok && verdict.message.en).toMatch(/folder/);
  });

  it.skipIf(process.platform === 'win32')('a FIFO is refused as unreadable, without waiting for a writer', async () => {
    const fifo = join(temp.dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    expectRefused(await checkPdf(fifo, { timeoutMs: 10_000 }), 'UNREADABLE');
  });
});

describe('limits', () => {
  it('a file over the size limit is refused as too large, without being opened', async () => {
    const pdf = makePdf({ pages: 5 });
    expectRefused(await check('large.pdf', pdf, { maxBytes: pdf.length - 1 }), 'TOO_LARGE');
    expect(await check('exact.pdf', pdf, { maxBytes: pdf.length })).toMatchObject({ ok: true, pages: 5 });
  });

  it('a check that takes longer than the time limit is refused as a timeout', async () => {
    const started = performance.now();
    const verdict = await check('slow.pdf', makePdf({ pages: 300, linesPerPage: 20 }), { timeoutMs: 1 });
    expectRefused(verdict, 'TIMEOUT');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('a check worker that never answers is stopped at the time limit', async () => {
    const path = await temp.file('any.pdf', makePdf());
    const hangs = new URL('data:text/javascript,setInterval(() => {}, 1000)');
    expectRefused(await checkPdf(path, { timeoutMs: 300 }, hangs), 'TIMEOUT');
  });

  it('a check worker that dies without answering gives a verdict, never a rejection', async () => {
    const path = await temp.file('any2.pdf', makePdf());
    const dies = new URL('data:text/javascript,process.exit(3)');
    expectRefused(await checkPdf(path, {}, dies), 'CHECK_FAILED');
    const throws = new URL('data:text/javascript,throw new Error("boom")');
    expectRefused(await checkPdf(path, {}, throws), 'CHECK_FAILED');
  });

  it('many checks at once all answer, each with its own verdict', async () => {
    const paths = await Promise.all(
      Array.from({ length: 6 }, (_, i) => temp.file(`parallel-${i}.pdf`, i % 2 ? makePng() : makePdf({ pages: i + 1 }))),
    );
    const verdicts = await Promise.all(paths.map((p) => checkPdf(p)));
    verdicts.forEach((verdict, i) => {
      if (i % 2) expectRefused(verdict, 'IMAGE');
      else expect(verdict).toEqual({ ok: true, pages: i + 1, encrypted: false });
    });
  });
});

describe('messages', () => {
  it('every refusal code has a Swedish and an English message that says what to do', async () => {
    const { pdfRefusalMessage } = await import('../../../src/shared/pdf/pdf-verdict.ts');
    for (const code of PDF_REFUSAL_CODES) {
      const { sv, en } = pdfRefusalMessage(code);
      expect(sv, code).toMatch(/\.$/);
      expect(en, code).toMatch(/\.$/);
      expect(sv, code).not.toEqual(en);
    }
    expect(pdfRefusalMessage('PASSWORD_PROTECTED').sv).toMatch(/Ta bort lösenordet/);
    expect(pdfRefusalMessage('OFFICE').sv).toMatch(/Spara dokumentet som PDF och försök igen/);
  });
});
