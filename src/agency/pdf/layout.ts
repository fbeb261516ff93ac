/**
 * Lays out a letter-like document (agency header, title, facts, paragraphs) over as many A4
 * pages as it needs, with word wrapping and page numbers. `minPages` pads with continuation text
 * for documents that must be long (a 200-page case file for benchmarks).
 */
import { A4, writePdf, type PdfPage, type TextRun } from './writer.ts';
import { textWidth } from './winansi.ts';

export interface LetterContent {
  title: string;
  /** Label–value lines under the title (Datum, Dossiernummer, …). */
  facts?: [string, string][];
  paragraphs: string[];
  /** Lines of a closing signature block. */
  signature?: string[];
  minPages?: number;
  /** Text repeated to reach minPages. */
  filler?: string[];
}

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

const MARGIN = 56;
const BODY_SIZE = 10.5;
const LEADING = 14;
const TOP = A4.height - MARGIN;
const BOTTOM = MARGIN + 24;
const WIDTH = A4.width - 2 * MARGIN;

export function wrap(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, size, bold) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

export function renderLetter(content: LetterContent): RenderedPdf {
  const pages: PdfPage[] = [];
  let page: PdfPage = { runs: [], rules: [] };
  let y = TOP;

  const header = (p: PdfPage) => {
    p.runs.push({ x: MARGIN, y: TOP, size: 13, bold: true, text: 'Migrationsverket' });
    p.runs.push({ x: A4.width - MARGIN - textWidth(content.title, 8), y: TOP + 2, size: 8, text: content.title });
    p.rules!.push([MARGIN, TOP - 8, A4.width - MARGIN]);
  };
  const newPage = () => {
    pages.push(page);
    page = { runs: [], rules: [] };
    header(page);
    y = TOP - 30;
  };
  const line = (run: Omit<TextRun, 'y'>, advance = LEADING) => {
    if (y - advance < BOTTOM) newPage();
    y -= advance;
    page.runs.push({ ...run, y });
  };

  header(page);
  y = TOP - 30;
  for (const l of wrap(content.title, 16, WIDTH, true)) line({ x: MARGIN, size: 16, bold: true, text: l }, 22);
  y -= 6;
  for (const [label, value] of content.facts ?? []) {
    line({ x: MARGIN, size: 9.5, bold: true, text: `${label}:` }, 13);
    page.runs.push({ x: MARGIN + 130, y, size: 9.5, text: value });
  }
  y -= 10;
  const paragraph = (text: string) => {
    for (const l of wrap(text, BODY_SIZE, WIDTH)) line({ x: MARGIN, size: BODY_SIZE, text: l });
    y -= 6;
  };
  for (const p of content.paragraphs) paragraph(p);
  if (content.signature) {
    y -= 12;
    for (const s of content.signature) line({ x: MARGIN, size: BODY_SIZE, text: s });
  }
  const filler = content.filler ?? content.paragraphs;
  let i = 0;
  while (content.minPages !== undefined && pages.length + 1 < content.minPages && filler.length > 0) {
    paragraph(filler[i % filler.length]!);
    i++;
  }
  pages.push(page);

  const total = pages.length;
  pages.forEach((p, n) => {
    const label = `Sida ${n + 1} (${total})`;
    p.runs.push({ x: A4.width - MARGIN - textWidth(label, 8), y: MARGIN - 10, size: 8, text: label });
  });
  return { bytes: writePdf(pages, { title: content.title }), pages: total };
}
