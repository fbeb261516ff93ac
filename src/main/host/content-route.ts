import type { ContentInfo } from '../core/messages.ts';
import { securityHeaders } from '../security/csp.ts';

export interface ContentReader {
  contentInfo(token: string): Promise<ContentInfo | null>;
  readContent(token: string, start: number, end: number): AsyncIterable<Uint8Array>;
}

export interface ContentResponse {
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<Uint8Array> | null;
}

const CONTENT_PATH = /^\/content\/([A-Za-z0-9_-]{16,64})$/;

export function isContentPath(pathname: string): boolean {
  return CONTENT_PATH.test(pathname);
}

/** One byte range, as pdf.js asks for them; null means the whole file, 'bad' an unsatisfiable range. */
export function parseRange(header: string | null | undefined, size: number): { start: number; end: number } | null | 'bad' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'bad';
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size : Math.min(size, Number(match[2]) + 1);
  }
  return start < end && start < size ? { start, end } : 'bad';
}

/**
 * `/content/<token>` in both hosts: a document's plaintext, streamed from the core, with range
 * support for pdf.js and a download name for saving. Unknown or revoked tokens are 404.
 */
export async function contentResponse(reader: ContentReader, url: URL, rangeHeader: string | null | undefined): Promise<ContentResponse> {
  const token = CONTENT_PATH.exec(url.pathname)?.[1];
  const base = securityHeaders();
  const info = token ? await reader.contentInfo(token) : null;
  if (!token || !info) return { status: 404, headers: base, body: null };
  const range = parseRange(rangeHeader, info.size);
  if (range === 'bad') return { status: 416, headers: { ...base, 'Content-Range': `bytes */${info.size}` }, body: null };
  const { start, end } = range ?? { start: 0, end: info.size };
  const disposition = url.searchParams.get('download') === '1' ? 'attachment' : 'inline';
  const headers: Record<string, string> = {
    ...base,
    'Content-Type': 'application/pdf',
    'Accept-Ranges': 'bytes',
    'Content-Length': String(end - start),
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(info.fileName)}`,
  };
  if (range) headers['Content-Range'] = `bytes ${start}-${end - 1}/${info.size}`;
  return { status: range ? 206 : 200, headers, body: info.size === 0 ? null : reader.readContent(token, start, end) };
}
