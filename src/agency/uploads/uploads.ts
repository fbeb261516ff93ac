/**
 * Resumable uploads (tus-like). Bytes stream straight to a file at the stated offset, so a
 * 100 MB upload needs no more memory than one chunk; when a connection drops mid-body, the bytes
 * that arrived count and HEAD tells the client where to resume. Finish verifies size, SHA-256 and
 * the PDF form, and moves the file into the blob store.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_UPLOAD_BYTES, type CreateUploadRequest, type Upload } from '../../shared/agency/uploads.ts';
import { HEADERS, UPLOAD_CONTENT_TYPE, pathTo } from '../../shared/agency/paths.ts';
import { newId, type Agency } from '../context.ts';
import { adoptBlob } from '../documents/blobs.ts';
import { Rejection, emptyReply, jsonReply, type Reply } from '../http/reply.ts';
import { inspectPdf } from './pdf-check.ts';

interface UploadRow {
  id: string;
  counsel_id: string;
  person_id: string;
  file_name: string;
  size: number;
  sha256: string;
  offset: number;
  state: 'open' | 'finished' | 'used';
  pages: number | null;
  created_at: string;
}

/** Uploads with a PATCH or finish in progress: a second one at the same time is refused. */
const busy = new Set<string>();

function toUpload(row: UploadRow): Upload {
  return {
    uploadId: row.id,
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    offset: row.offset,
    state: row.state,
    pages: row.pages,
    createdAt: row.created_at,
  };
}

function uploadFile(agency: Agency, id: string): string {
  return join(agency.dirs.uploads, id);
}

export function uploadRow(agency: Agency, counselId: string, id: string): UploadRow {
  const row = agency.db.prepare('SELECT * FROM uploads WHERE id = ? AND counsel_id = ?').get(id, counselId) as UploadRow | undefined;
  if (!row) throw new Rejection('NOT_FOUND', { uploadId: id });
  return row;
}

function offsetHeaders(row: UploadRow): Record<string, string | number> {
  return { [HEADERS.uploadOffset]: row.offset, [HEADERS.uploadLength]: row.size, 'Cache-Control': 'no-store' };
}

export async function createUpload(agency: Agency, counselId: string, personId: string, input: CreateUploadRequest): Promise<Reply> {
  if (input.size > MAX_UPLOAD_BYTES) throw new Rejection('PAYLOAD_TOO_LARGE', { limit: MAX_UPLOAD_BYTES });
  const id = newId('upl');
  await writeFile(uploadFile(agency, id), Buffer.alloc(0));
  agency.db
    .prepare('INSERT INTO uploads (id, counsel_id, person_id, file_name, size, sha256, offset, state, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)')
    .run(id, counselId, personId, input.fileName, input.size, input.sha256, 'open', agency.clock.now());
  return jsonReply(201, { uploadId: id, offset: 0 }, { Location: pathTo('upload', { counselId, uploadId: id }), [HEADERS.uploadOffset]: 0 });
}

export function getUpload(agency: Agency, counselId: string, id: string): Reply {
  const row = uploadRow(agency, counselId, id);
  return jsonReply(200, toUpload(row), offsetHeaders(row));
}

export async function patchUpload(
  agency: Agency,
  counselId: string,
  id: string,
  headers: { contentType: string | undefined; offset: string | undefined },
  body: AsyncIterable<Buffer>,
): Promise<Reply> {
  const row = uploadRow(agency, counselId, id);
  if (row.state !== 'open') throw new Rejection('UPLOAD_FINISHED', { uploadId: id });
  if ((headers.contentType ?? '').split(';')[0]!.trim() !== UPLOAD_CONTENT_TYPE) {
    throw new Rejection('UNSUPPORTED_MEDIA_TYPE', { expected: UPLOAD_CONTENT_TYPE });
  }
  const claimed = Number(headers.offset);
  if (headers.offset === undefined || !Number.isSafeInteger(claimed) || claimed !== row.offset || busy.has(id)) {
    throw new Rejection('UPLOAD_OFFSET_MISMATCH', { offset: row.offset }, offsetHeaders(row));
  }
  busy.add(id);
  const setOffset = agency.db.prepare('UPDATE uploads SET offset = ? WHERE id = ?');
  let offset = row.offset;
  const file = await open(uploadFile(agency, id), 'r+');
  try {
    for await (const chunk of body) {
      const room = row.size - offset;
      const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
      if (piece.length > 0) {
        await file.write(piece, 0, piece.length, offset);
        offset += piece.length;
      }
      if (chunk.length > room) throw new Rejection('PAYLOAD_TOO_LARGE', { size: row.size, offset }, { [HEADERS.uploadOffset]: offset });
    }
  } finally {
    // Whatever arrived counts, also when the connection broke mid-body: that is what resuming needs.
    await file.close();
    setOffset.run(offset, id);
    busy.delete(id);
  }
  return emptyReply(204, { [HEADERS.uploadOffset]: offset, 'Cache-Control': 'no-store' });
}

async function digestOf(path: string): Promise<{ sha256: string; pages: number }> {
  const hash = createHash('sha256');
  const pages = inspectPdf();
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    pages.update(chunk as Buffer);
  }
  return { sha256: hash.digest('hex'), pages: pages.pages() };
}

export async function finishUpload(agency: Agency, counselId: string, id: string): Promise<Reply> {
  const row = uploadRow(agency, counselId, id);
  if (row.state !== 'open') return jsonReply(200, toUpload(row));
  if (row.offset !== row.size) throw new Rejection('UPLOAD_INCOMPLETE', { offset: row.offset, size: row.size });
  if (busy.has(id)) throw new Rejection('UPLOAD_OFFSET_MISMATCH', { offset: row.offset });
  busy.add(id);
  try {
    const path = uploadFile(agency, id);
    const { sha256, pages } = await digestOf(path);
    if (sha256 !== row.sha256) {
      // The bytes are not the declared file: drop them so the same upload can be sent again.
      await truncate(path, 0);
      agency.db.prepare('UPDATE uploads SET offset = 0 WHERE id = ?').run(id);
      throw new Rejection('DIGEST_MISMATCH', { expected: row.sha256, actual: sha256 });
    }
    if (!(await isPdfFile(path, row.size))) throw new Rejection('NOT_PDF', { fileName: row.file_name });
    adoptBlob(agency, path, sha256);
    await rm(path, { force: true });
    agency.db.prepare("UPDATE uploads SET state = 'finished', pages = ? WHERE id = ?").run(pages, id);
    return jsonReply(200, toUpload({ ...row, state: 'finished', pages }));
  } finally {
    busy.delete(id);
  }
}

/** A PDF starts with '%PDF-' and ends with '%%EOF' (trailing whitespace allowed). */
async function isPdfFile(path: string, size: number): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(5, size));
    await file.read(head, 0, head.length, 0);
    const tailLength = Math.min(1024, size);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    return head.toString('latin1') === '%PDF-' && /%%EOF\s*$/.test(tail.toString('latin1'));
  } finally {
    await file.close();
  }
}

export interface TakenUpload {
  uploadId: string;
  fileName: string;
  sha256: string;
  size: number;
  pages: number;
}

/** Marks finished uploads as used by a submission; refuses open or already used ones. */
export function takeUploads(agency: Agency, counselId: string, uploadIds: readonly string[]): TakenUpload[] {
  const seen = new Set<string>();
  const taken: TakenUpload[] = [];
  for (const id of uploadIds) {
    const row = uploadRow(agency, counselId, id);
    if (row.state === 'used' || seen.has(id)) throw new Rejection('UPLOAD_ALREADY_USED', { uploadId: id });
    if (row.state !== 'finished') throw new Rejection('UPLOAD_NOT_FINISHED', { uploadId: id });
    seen.add(id);
    taken.push({ uploadId: id, fileName: row.file_name, sha256: row.sha256, size: row.size, pages: row.pages ?? 0 });
  }
  const use = agency.db.prepare("UPDATE uploads SET state = 'used' WHERE id = ?");
  for (const t of taken) use.run(t.uploadId);
  return taken;
}
