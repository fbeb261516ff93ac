import { loadPdfFile } from '../documents/pdf-engine.ts';

export interface ThumbnailJob {
  promise: Promise<void>;
  cancel: () => void;
}

/**
 * One thumbnail at a time: each opens pdf.js (a worker) for the first page and closes it again
 * as soon as the pixels are on the canvas, so fifty added files never mean fifty open documents.
 */
let chain: Promise<unknown> = Promise.resolve();

export function renderThumbnail(file: Blob, canvas: HTMLCanvasElement, width: number): ThumbnailJob {
  let cancelled = false;
  let stop: (() => void) | null = null;
  const promise = chain.then(async () => {
    if (cancelled) throw new Error('The thumbnail is no longer shown');
    const loading = loadPdfFile(file);
    stop = () => void loading.destroy();
    try {
      const doc = await loading.promise;
      const size = await doc.pageSize(1);
      if (cancelled) throw new Error('The thumbnail is no longer shown');
      const render = doc.render(1, canvas, width / size.width);
      stop = () => {
        render.cancel();
        void loading.destroy();
      };
      await render.promise;
    } finally {
      await loading.destroy();
    }
  });
  // The next one waits for this one to finish, however it ends.
  chain = promise.catch(() => undefined);
  return {
    promise,
    cancel: () => {
      cancelled = true;
      stop?.();
    },
  };
}
