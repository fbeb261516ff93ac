import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderThumbnail } from './thumbnail.ts';

/** CSS pixels; the canvas is drawn sharper on high-density screens by the engine. */
const WIDTH = 72;

/**
 * The first page of a file the person added, drawn from the local file with pdf.js: they see at
 * a glance that it is the right document. A page that cannot be drawn shows a plain PDF mark.
 */
export function FileThumbnail({ file, name }: { file: File; name: string }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    let live = true;
    const job = renderThumbnail(file, target, WIDTH);
    job.promise.catch(() => {
      if (live) setFailed(true);
    });
    return () => {
      live = false;
      job.cancel();
      // The pixels go back at once, not at the next garbage collection.
      target.width = 0;
      target.height = 0;
    };
  }, [file]);

  return (
    <div className="thumbnail" role="img" aria-label={t('compose.thumbnail', { name })}>
      {failed ? (
        <span className="thumbnail-fallback" aria-hidden="true">
          {t('compose.pdfMark')}
        </span>
      ) : (
        <canvas ref={canvas} className="thumbnail-canvas" />
      )}
    </div>
  );
}
