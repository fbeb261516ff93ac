// Entry of a PDF check worker thread: one file, one verdict, then the parent terminates it.
// pdf.js parses in this thread, so a heavy or hostile file can only cost this thread, and the
// parent's time limit ends it by terminating the thread rather than by asking pdf.js nicely.
import { parentPort, workerData } from 'node:worker_threads';
import { refusePdf } from '../../shared/pdf/pdf-verdict.ts';
import { inspectFile } from './inspect-file.ts';
import type { PdfCheckReply, PdfCheckRequest } from './pdf-check-protocol.ts';

const port = parentPort;
if (!port) throw new Error('the PDF check must run in a worker thread');

// pdf.js can leave a rejected promise behind when a loading task is destroyed mid-way; the
// verdict is already decided by then, and an unhandled rejection must not turn it into a crash.
process.on('unhandledRejection', () => undefined);

const { path, maxBytes } = workerData as PdfCheckRequest;
const verdict = await inspectFile(path, maxBytes).catch(() => refusePdf('CHECK_FAILED'));
port.postMessage({ type: 'verdict', verdict } satisfies PdfCheckReply);
