import { pathTo } from '../../shared/agency/paths.ts';
import type { AgencyClient } from '../agency/client.ts';
import { AgencyError } from '../agency/errors.ts';
import { DigestMismatchError, type FileStore } from '../files/file-store.ts';
import type { Db } from '../store/database.ts';
import { NEEDED_BY_OUTBOX } from '../outbox/store.ts';

export interface DocumentRef {
  counselId: string;
  documentId: string;
  sha256: string;
  size: number;
}

/** Counts bytes as they pass, for progress. */
async function* counted(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.byteLength);
    yield chunk;
  }
}

/**
 * Fetches a document's content into the encrypted store, verified against the SHA-256 and size
 * the change feed gave. A cut or truncated download stores nothing and is retried later.
 */
export async function fetchDocumentContent(
  deps: { client: AgencyClient; files: FileStore; db: Db },
  doc: DocumentRef,
  options: { onBytes?: (n: number) => void; signal?: AbortSignal } = {},
): Promise<void> {
  if (await deps.files.has(doc.sha256)) {
    recordStored(deps.db, doc.sha256, doc.size);
    return;
  }
  const response = await deps.client.request(pathTo('documentContent', { counselId: doc.counselId, documentId: doc.documentId }), {
    headers: { Accept: 'application/pdf' },
    ...(options.signal ? { signal: options.signal } : {}),
    timeoutMs: 60_000,
  });
  if (!response.body) throw new AgencyError('protocol', 'The agency sent no document content');
  try {
    await deps.files.put(counted(response.body as AsyncIterable<Uint8Array>, options.onBytes ?? (() => undefined)), {
      sha256: doc.sha256,
      size: doc.size,
    });
  } catch (error) {
    if (error instanceof DigestMismatchError) throw new AgencyError('network', 'The document arrived incomplete or damaged');
    if (error instanceof Error && (error.name === 'TypeError' || /terminated|aborted|ECONNRESET|premature/i.test(error.message))) {
      throw new AgencyError('network', 'The connection broke while the document was downloading');
    }
    throw error;
  }
  recordStored(deps.db, doc.sha256, doc.size);
}

function recordStored(db: Db, sha256: string, size: number): void {
  db.prepare(
    `INSERT INTO stored_file (sha256, size, stored_at, origin) VALUES (?, ?, ?, 'document') ON CONFLICT (sha256) DO NOTHING`,
  ).run(sha256, size, new Date().toISOString());
}

/**
 * Deletes the stored files of documents no longer listed anywhere. A file the person is sending
 * or putting together a submission with stays, whatever it was first stored as.
 */
export async function removeOrphanFiles(db: Db, files: FileStore, shas: Iterable<string>): Promise<number> {
  const listed = db.prepare('SELECT 1 FROM document WHERE sha256 = ? LIMIT 1');
  const queued = db.prepare(
    `SELECT 1 FROM stored_file f WHERE f.sha256 = ? AND (f.origin IN ('staged', 'upload') OR ${NEEDED_BY_OUTBOX})`,
  );
  const forget = db.prepare('DELETE FROM stored_file WHERE sha256 = ?');
  let removed = 0;
  for (const sha of new Set(shas)) {
    if (listed.get(sha) || queued.get(sha)) continue;
    await files.remove(sha);
    forget.run(sha);
    removed++;
  }
  return removed;
}
