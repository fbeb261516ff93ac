// The PDF check (product C3) as callers use it: `checkPdf(path)` answers with a verdict, always,
// and never makes the caller wait longer than the time limit.
//
// One worker thread per check, not a pool:
// - The time limit is enforced by terminating the thread: that is the only way to stop pdf.js in
//   the middle of parsing, and a pool would have to replace the worker after every timeout anyway.
// - Each check starts from a clean pdf.js (no caches or fonts from another person's document) and
//   gives back all its memory, up to the size limit of file data, when the thread exits.
// - Checks are rare (files picked for one submission), so the thread start, some tens of
//   milliseconds, does not matter next to the parse.
// A small limit on concurrent checks keeps a drop of many files from starting a thread for each.
import { Worker } from 'node:worker_threads';
import { MAX_SUBMISSION_FILE_BYTES, refusePdf, type PdfVerdict } from '../../shared/pdf/pdf-verdict.ts';
import type { PdfCheckReply, PdfCheckRequest } from './pdf-check-protocol.ts';

export const DEFAULT_MAX_BYTES = MAX_SUBMISSION_FILE_BYTES;
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Two cores on the smallest supported machine: one check each, the window keeps its thread. */
const MAX_CONCURRENT_CHECKS = 2;

/**
 * Heap ceiling for a check thread. pdf.js holds file data outside the heap (array buffers); the
 * heap holds parsed objects, which for a sane document stay far below this. A file built to
 * exhaust memory ends its own thread (TOO_COMPLEX) instead of the application.
 */
const WORKER_HEAP_MB = 512;

export interface PdfCheckOptions {
  /** Larger files are refused as TOO_LARGE without being opened. Default 100 MB. */
  maxBytes?: number;
  /** A check still running after this long is refused as TIMEOUT. Default 20 s. */
  timeoutMs?: number;
}

/** Where the worker's code is: next to this module, as TypeScript from source or JavaScript in a bundle. */
export function pdfCheckWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./pdf-check-worker.ts', import.meta.url)
    : new URL('./pdf-check-worker.js', import.meta.url);
}

let running = 0;
const waiting: (() => void)[] = [];

async function withCheckSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_CHECKS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

function runWorker(request: PdfCheckRequest, timeoutMs: number, workerUrl: URL): Promise<PdfVerdict> {
  return new Promise((resolve) => {
    let settled = false;
    // The clock starts with the thread: the limit covers everything the check costs.
    const worker = new Worker(workerUrl, {
      workerData: request,
      // pdf.js prints warnings that can quote the document: capture the thread's output and drop it.
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const settle = (verdict: PdfVerdict) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(verdict);
      void worker.terminate().catch(() => undefined);
    };
    const timer = setTimeout(() => settle(refusePdf('TIMEOUT')), timeoutMs);
    worker.on('message', (message: PdfCheckReply) => {
      if (message?.type === 'verdict') settle(message.verdict);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(refusePdf(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'TOO_COMPLEX' : 'CHECK_FAILED')),
    );
    // Exiting without a verdict and without an error: nothing to say about the file.
    worker.on('exit', () => settle(refusePdf('CHECK_FAILED')));
  });
}

/**
 * Checks that the file at `path` is a PDF the agency can open, judged by its content, never by
 * its name. Never rejects: every outcome, including the check's own failure, is a verdict.
 */
export async function checkPdf(path: string, options: PdfCheckOptions = {}, workerUrl = pdfCheckWorkerUrl()): Promise<PdfVerdict> {
  try {
    const request: PdfCheckRequest = { path: String(path), maxBytes: positiveOr(options.maxBytes, DEFAULT_MAX_BYTES) };
    const timeoutMs = positiveOr(options.timeoutMs, DEFAULT_TIMEOUT_MS);
    return await withCheckSlot(() => runWorker(request, timeoutMs, workerUrl));
  } catch {
    return refusePdf('CHECK_FAILED');
  }
}
