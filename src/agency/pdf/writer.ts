/**
 * A small PDF 1.4 writer: A4 pages of text in the standard Helvetica fonts (WinAnsiEncoding, so
 * å, ä, ö and é print), with a correct cross-reference table. Output is deterministic (no dates,
 * no random ids), so seeded documents have the same SHA-256 on every run.
 */
import { pdfLiteral, pdfTextString } from './winansi.ts';

export interface TextRun {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  text: string;
}

export interface PdfPage {
  runs: TextRun[];
  /** Horizontal rules: [x1, y, x2]. */
  rules?: [number, number, number][];
}

export const A4 = { width: 595, height: 842 } as const;

function contentStream(page: PdfPage): string {
  const parts: string[] = [];
  for (const r of page.rules ?? []) parts.push(`0.5 w ${r[0]} ${r[1]} m ${r[2]} ${r[1]} l S`);
  if (page.runs.length > 0) {
    parts.push('BT');
    for (const run of page.runs) {
      parts.push(`/${run.bold ? 'F2' : 'F1'} ${run.size} Tf 1 0 0 1 ${run.x.toFixed(2)} ${run.y.toFixed(2)} Tm (${pdfLiteral(run.text)}) Tj`);
    }
    parts.push('ET');
  }
  return parts.join('\n');
}

/** Serialises pages to a PDF file. */
export function writePdf(pages: readonly PdfPage[], info: { title: string; author?: string }): Buffer {
  const objects: string[] = [];
  // 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, 5 info, then a page and its content per page.
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfTextString(info.title)} /Author ${pdfTextString(info.author ?? 'Migrationsverket')} /Producer (Demo agency PDF writer) >>`;
  pages.forEach((page, i) => {
    const id = pageIds[i]!;
    const stream = contentStream(page);
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    // Content is 7-bit (high bytes are octal escapes), so its length in bytes is its length.
    objects[id + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });

  // The binary comment marks the file as binary for transfer tools, as the spec recommends.
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = offset;
    const chunk = Buffer.from(`${id} 0 obj\n${objects[id]}\nendobj\n`, 'latin1');
    chunks.push(chunk);
    offset += chunk.length;
  }
  const size = objects.length;
  let xref = `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) xref += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(chunks);
}
