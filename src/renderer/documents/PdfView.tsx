import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../app/format.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { loadPdf, type PdfDocument, type PdfPageSize } from './pdf-engine.ts';
import { PdfPage } from './PdfPage.tsx';

const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
const PAGE_GAP = 16;
const SIDE_PADDING = 32;

interface Loaded {
  doc: PdfDocument;
  first: PdfPageSize;
}

interface PdfViewProps {
  url: string;
  /** The viewer's other controls (save), placed in the same toolbar. */
  actions: ReactNode;
}

/**
 * The pages of one PDF, drawn by pdf.js onto canvases only while they are in view (a 200-page
 * file costs a few canvases), with page navigation and zoom from buttons and keys. Closing
 * destroys the pdf.js document and its worker.
 */
export function PdfView({ url, actions }: PdfViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [zoom, setZoom] = useState<'fit' | number>('fit');
  const [width, setWidth] = useState(0);
  const anchor = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    const loading = loadPdf(url);
    loading.promise
      .then(async (doc) => {
        const first = await doc.pageSize(1);
        if (live) setLoaded({ doc, first });
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
      void loading.destroy();
    };
  }, [url]);

  // The width to fit; ResizeObserver reports the first size as soon as it observes.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const fitScale = loaded && width > SIDE_PADDING ? (width - SIDE_PADDING) / loaded.first.width : 1;
  const scale = zoom === 'fit' ? fitScale : zoom;
  const count = loaded?.doc.pageCount ?? 0;

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is mutable by design; this component does not rely on memoizing it.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => Math.round((loaded?.first.height ?? 800) * scale) + PAGE_GAP,
    overscan: 1,
  });
  const items = virtualizer.getVirtualItems();
  const current = virtualizer.getVirtualItemForOffset((virtualizer.scrollOffset ?? 0) + PAGE_GAP * 2)?.index ?? 0;

  // A new zoom changes every page's height: measure again and keep the same page in view.
  useEffect(() => {
    virtualizer.measure();
    if (anchor.current !== null) virtualizer.scrollToIndex(anchor.current, { align: 'start' });
    anchor.current = null;
  }, [scale, virtualizer]);

  // Keys work at once: focus moves to the pages when they are there.
  useEffect(() => {
    if (loaded) scrollRef.current?.focus();
  }, [loaded]);

  function goTo(index: number) {
    virtualizer.scrollToIndex(Math.max(0, Math.min(count - 1, index)), { align: 'start' });
  }

  function zoomTo(next: number) {
    anchor.current = current;
    setZoom(Math.max(ZOOM_STEPS[0]!, Math.min(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, next)));
  }
  const zoomIn = () => zoomTo(ZOOM_STEPS.find((s) => s > scale + 0.001) ?? scale);
  const zoomOut = () => zoomTo([...ZOOM_STEPS].reverse().find((s) => s < scale - 0.001) ?? scale);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const actions: Record<string, () => void> = {
      PageDown: () => goTo(current + 1),
      PageUp: () => goTo(current - 1),
      Home: () => goTo(0),
      End: () => goTo(count - 1),
      '+': zoomIn,
      '=': zoomIn,
      '-': zoomOut,
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  if (failed) {
    return (
      <>
        <p role="alert" className="error">
          {t('viewer.failed')}
        </p>
        <div className="viewer-toolbar">{actions}</div>
      </>
    );
  }

  return (
    <div className="viewer" onKeyDown={onKeyDown}>
      <div className="viewer-toolbar">
        <button type="button" className="button" aria-label={t('viewer.previousPage')} aria-disabled={current <= 0} onClick={() => goTo(current - 1)}>
          <span aria-hidden="true">‹</span>
        </button>
        <span className="viewer-page">
          {loaded ? t('viewer.page', { current: formatCount(current + 1, language), count: formatCount(count, language) }) : t('viewer.opening')}
        </span>
        <button type="button" className="button" aria-label={t('viewer.nextPage')} aria-disabled={current >= count - 1} onClick={() => goTo(current + 1)}>
          <span aria-hidden="true">›</span>
        </button>
        <span className="viewer-separator" />
        <button type="button" className="button" aria-label={t('viewer.zoomOut')} aria-keyshortcuts="-" onClick={zoomOut}>
          <span aria-hidden="true">−</span>
        </button>
        <span className="viewer-zoom">{t('viewer.zoom', { percent: formatCount(Math.round(scale * 100), language) })}</span>
        <button type="button" className="button" aria-label={t('viewer.zoomIn')} aria-keyshortcuts="+" onClick={zoomIn}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="button" aria-pressed={zoom === 'fit'} onClick={() => setZoom('fit')}>
          {t('viewer.fitWidth')}
        </button>
        <span className="viewer-separator" />
        {actions}
      </div>
      <p className="visually-hidden">{t('viewer.keys')}</p>
      {/* Focusable, so Page Down and the arrow keys scroll it; labelled for screen readers. */}
      <div ref={scrollRef} className="viewer-pages" tabIndex={0} role="region" aria-label={t('viewer.pages')} aria-busy={!loaded}>
        <div className="viewer-pages-inner" style={{ height: virtualizer.getTotalSize() }}>
          {loaded &&
            items.map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="viewer-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <PdfPage
                  doc={loaded.doc}
                  pageNumber={item.index + 1}
                  scale={scale}
                  estimate={loaded.first}
                  label={t('viewer.pageLabel', { number: item.index + 1 })}
                />
              </div>
            ))}
        </div>
      </div>
    </div>
  );
}
