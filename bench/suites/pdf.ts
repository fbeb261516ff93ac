import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { makePdf } from '../../test/integration/pdf/helpers/make-pdf.ts';
import { launchChromium } from '../../test/support/browser.ts';
import { parseRange } from '../../src/main/host/content-route.ts';
import { median, percentile, type BenchResult, type BenchSuite } from '../types.ts';

const lib = (name: string) => readFileSync(fileURLToPath(new URL(`../../node_modules/pdfjs-dist/build/${name}`, import.meta.url)));

// The viewer's own settings (src/renderer/documents/pdf-engine.ts): range requests, no streaming.
const PAGE = `<!doctype html><meta charset="utf-8"><canvas id="c"></canvas>
<script type="module">
import * as pdfjs from '/pdf.min.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.min.mjs';
window.openFirstPage = async () => {
  const t0 = performance.now();
  const task = pdfjs.getDocument({ url: '/doc.pdf', rangeChunkSize: 65536, disableAutoFetch: true, disableStream: true, enableXfa: false });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = document.getElementById('c');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
  const ms = performance.now() - t0;
  await task.destroy();
  return { ms, pages: doc.numPages };
};
</script>`;

/** Issue 5's viewer goal: the first page of a 200-page PDF rendered by pdf.js in Chromium. */
export const pdfSuite: BenchSuite = {
  prefixes: ['pdf.'],
  async run(): Promise<BenchResult[]> {
    const pdf = makePdf({ pages: 200, linesPerPage: 40, compress: true });
    const files: Record<string, [string, Buffer]> = {
      '/': ['text/html', Buffer.from(PAGE)],
      '/pdf.min.mjs': ['text/javascript', lib('pdf.min.mjs')],
      '/pdf.worker.min.mjs': ['text/javascript', lib('pdf.worker.min.mjs')],
    };
    const server = createServer((req, res) => {
      if (req.url === '/doc.pdf') {
        const range = parseRange(req.headers.range, pdf.length);
        const { start, end } = range === null || range === 'bad' ? { start: 0, end: pdf.length } : range;
        res.writeHead(range && range !== 'bad' ? 206 : 200, {
          'Content-Type': 'application/pdf',
          'Accept-Ranges': 'bytes',
          'Content-Length': end - start,
          ...(range && range !== 'bad' ? { 'Content-Range': `bytes ${start}-${end - 1}/${pdf.length}` } : {}),
        });
        res.end(pdf.subarray(start, end));
        return;
      }
      const file = files[req.url ?? '/'];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction(() => 'openFirstPage' in window);
      const times: number[] = [];
      for (let i = 0; i < 12; i++) {
        const r = await page.evaluate(() => (window as unknown as { openFirstPage: () => Promise<{ ms: number; pages: number }> }).openFirstPage());
        if (r.pages !== 200) throw new Error(`expected 200 pages, got ${r.pages}`);
        if (i >= 2) times.push(r.ms); // the first two warm the worker and the JIT
      }
      return [{ name: 'pdf.open', value: Number(median(times).toFixed(1)), unit: 'ms', p95: Number(percentile(times, 95).toFixed(1)) }];
    } finally {
      await browser.close();
      server.close();
    }
  },
};
