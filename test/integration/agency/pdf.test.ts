import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renderLetter } from '../../../src/agency/pdf/layout.ts';
import { writePdf } from '../../../src/agency/pdf/writer.ts';

describe('the PDF writer', () => {
  it('writes a PDF 1.4 whose cross-reference offsets point at their objects', () => {
    const bytes = writePdf([{ runs: [{ x: 50, y: 800, size: 12, text: 'Hej' }] }, { runs: [] }], { title: 'Test' });
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries.length).toBeGreaterThan(5);
    entries.forEach((offset, i) => expect(text.slice(offset, offset + 12)).toMatch(new RegExp(`^${i + 1} 0 obj`)));
  });

  it('is deterministic, so seeded documents keep their SHA-256', () => {
    const a = renderLetter({ title: 'Beslut', paragraphs: ['Samma text'] });
    const b = renderLetter({ title: 'Beslut', paragraphs: ['Samma text'] });
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('prints Swedish letters and typographic punctuation that pdf.js reads back, over many pages', async () => {
    const text = 'Åsa Öberg och Göran Ärlig – ”citat” é € …';
    const { bytes, pages } = renderLetter({ title: 'Tjänsteanteckning', paragraphs: [text], minPages: 12 });
    expect(pages).toBe(12);
    const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      const pdf = await task.promise;
      expect(pdf.numPages).toBe(12);
      const content = await (await pdf.getPage(1)).getTextContent();
      expect(content.items.map((i) => ('str' in i ? i.str : '')).join(' ')).toContain(text);
    } finally {
      await task.destroy();
    }
  });
});
