import { useEffect, useRef, useState } from 'react';
import type { PdfDocument, PdfPageSize } from './pdf-engine.ts';

interface PdfPageProps {
  doc: PdfDocument;
  pageNumber: number;
  scale: number;
  /** The size to hold until the page's own is known (the first page's). */
  estimate: PdfPageSize;
  label: string;
}

/** One page on a canvas, drawn when it scrolls into view and redrawn at a new zoom. */
export function PdfPage({ doc, pageNumber, scale, estimate, label }: PdfPageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState<PdfPageSize | null>(null);

  useEffect(() => {
    let live = true;
    void doc.pageSize(pageNumber).then(
      (s) => live && setSize(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [doc, pageNumber]);

  useEffect(() => {
    const target = canvas.current;
    if (!target || !size) return;
    const render = doc.render(pageNumber, target, scale);
    // A cancelled render rejects; that is the normal end of a page scrolled away mid-draw.
    render.promise.catch(() => undefined);
    return () => render.cancel();
  }, [doc, pageNumber, scale, size]);

  // Give the pixels back at once rather than at the next garbage collection.
  useEffect(() => {
    const target = canvas.current;
    return () => {
      if (!target) return;
      target.width = 0;
      target.height = 0;
    };
  }, []);

  const width = Math.round((size ?? estimate).width * scale);
  const height = Math.round((size ?? estimate).height * scale);
  return (
    <div className="pdf-page" role="img" aria-label={label} style={{ width, height }}>
      <canvas ref={canvas} className="pdf-canvas" style={{ width, height }} />
    </div>
  );
}
