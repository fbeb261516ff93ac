/**
 * GET (and HEAD) of a document's PDF: Content-Length, a strong ETag and X-Content-SHA256 so the
 * client can verify what it stored, and byte ranges (one range per request) so an interrupted
 * download resumes instead of starting over.
 */
import type { AgencyDocument } from '../../shared/agency/entities.ts';
import { HEADERS } from '../../shared/agency/paths.ts';
import type { Agency } from '../context.ts';
import { Rejection, type Reply } from '../http/reply.ts';
import { blobPath } from './blobs.ts';

type ByteRange = { start: number; end: number } | 'unsatisfiable' | null;

/** Parses `bytes=a-b`, `bytes=a-` or `bytes=-n`; null when absent or not understood (serve it all). */
export function parseRange(header: string | undefined, size: number): ByteRange {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

export function documentContent(agency: Agency, counselId: string, documentId: string, headers: { range?: string; ifNoneMatch?: string }): Reply {
  const row = agency.db
    .prepare(
      `SELECT d.data FROM documents d JOIN appointments a ON a.id = d.appointment_id
       WHERE d.id = ? AND d.counsel_id = ? AND a.withdrawn = 0`,
    )
    .get(documentId, counselId) as { data: string } | undefined;
  if (!row) throw new Rejection('NOT_FOUND', { documentId });
  const doc = JSON.parse(row.data) as AgencyDocument;
  const etag = `"${doc.sha256}"`;
  const common = {
    'Content-Type': 'application/pdf',
    ETag: etag,
    [HEADERS.contentSha256]: doc.sha256,
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'private, no-cache',
    'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(doc.title)}.pdf`,
  };
  if (headers.ifNoneMatch && headers.ifNoneMatch.split(',').some((t) => t.trim() === etag)) return { status: 304, headers: { ETag: etag } };
  const range = parseRange(headers.range, doc.size);
  if (range === 'unsatisfiable') {
    throw new Rejection('RANGE_NOT_SATISFIABLE', { size: doc.size }, { 'Content-Range': `bytes */${doc.size}` });
  }
  const path = blobPath(agency, doc.sha256);
  if (range === null) return { status: 200, headers: common, file: { path, start: 0, end: doc.size - 1 } };
  return {
    status: 206,
    headers: { ...common, 'Content-Range': `bytes ${range.start}-${range.end}/${doc.size}` },
    file: { path, start: range.start, end: range.end },
  };
}
