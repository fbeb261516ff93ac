import type { AgencyClient } from '../agency/client.ts';
import { AgencyError } from '../agency/errors.ts';
import type { FileStore } from '../files/file-store.ts';
import type { Db } from '../store/database.ts';
import { fetchDocumentContent, type DocumentRef } from './document-content.ts';

export const DEFAULT_PREFETCH_BUDGET_BYTES = 500 * 1024 * 1024;

/**
 * Brings the content of documents of open appointments to the laptop before it goes offline,
 * newest first, until the stored documents reach the budget. One failing document does not stop
 * the others; a lost connection does.
 */
export async function prefetchDocuments(
  deps: { db: Db; files: FileStore; client: AgencyClient },
  options: { budgetBytes: number; onBytes?: (n: number) => void; signal?: AbortSignal },
): Promise<{ fetched: number; bytes: number }> {
  const stored = (deps.db.prepare("SELECT coalesce(sum(size), 0) FROM stored_file WHERE origin = 'document'").pluck().get() as number) ?? 0;
  let room = options.budgetBytes - stored;
  const candidates = deps.db
    .prepare(
      `SELECT d.counsel_id AS counselId, d.agency_id AS documentId, d.sha256, d.size
       FROM document d
       JOIN appointment a ON a.counsel_id = d.counsel_id AND a.agency_id = d.appointment_id
       WHERE a.ended_on IS NULL AND a.released_on IS NULL
         AND NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.sha256 = d.sha256)
       ORDER BY d.published_at DESC
       LIMIT 2000`,
    )
    .all() as DocumentRef[];
  let fetched = 0;
  let bytes = 0;
  const seen = new Set<string>();
  for (const doc of candidates) {
    if (seen.has(doc.sha256)) continue;
    seen.add(doc.sha256);
    if (doc.size > room) continue;
    options.signal?.throwIfAborted();
    try {
      await fetchDocumentContent(deps, doc, {
        onBytes: (n) => {
          bytes += n;
          options.onBytes?.(n);
        },
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof AgencyError && (error.kind === 'permanent' || error.kind === 'protocol')) continue;
      throw error;
    }
    room -= doc.size;
    fetched++;
  }
  return { fetched, bytes };
}
