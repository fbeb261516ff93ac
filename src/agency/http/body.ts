/**
 * Request bodies: read whole (JSON and forms, with a size limit) or as a stream (uploads), and
 * optionally read slowly, for the slow_upload fault: the server consumes at most `bytesPerSecond`
 * and TCP backpressure slows the sender down for real.
 */
import type { IncomingMessage } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { Rejection } from './reply.ts';

export async function* throttled(source: AsyncIterable<Buffer>, bytesPerSecond: number): AsyncGenerator<Buffer> {
  // Ten slices a second keep the pace smooth without a timer per byte.
  const slice = Math.max(1, Math.floor(bytesPerSecond / 10));
  for await (const chunk of source) {
    for (let i = 0; i < chunk.length; i += slice) {
      const piece = chunk.subarray(i, i + slice);
      await delay(Math.ceil((piece.length / bytesPerSecond) * 1000));
      yield piece;
    }
  }
}

export function bodySource(req: IncomingMessage, bytesPerSecond: number | null): AsyncIterable<Buffer> {
  return bytesPerSecond === null ? (req as AsyncIterable<Buffer>) : throttled(req as AsyncIterable<Buffer>, bytesPerSecond);
}

export async function readAll(source: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > limit) throw new Rejection('PAYLOAD_TOO_LARGE', { limit });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function parseJson(bytes: Buffer): unknown {
  if (bytes.length === 0) return {};
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw new Rejection('VALIDATION', { issues: [{ path: '', message: 'Body is not valid JSON' }] });
  }
}

/** application/x-www-form-urlencoded into a plain object (last value wins). */
export function parseForm(bytes: Buffer): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(bytes.toString('utf8')));
}
