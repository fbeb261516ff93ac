/**
 * "Ladda ner alla dokument" in the browser host, where main cannot show a folder dialog: the
 * person picks a folder with the File System Access API and each document is streamed from its
 * content URL into a file there. A file is only complete or absent: writes go through the
 * browser's temporary file, and a cancelled or failed one is aborted and its entry removed.
 */
import type { Api } from '../../shared/contract/contract.ts';
import type { DocumentRow, SaveProgress } from '../../shared/contract/appointments.ts';
import { ApiError } from '../api/api.ts';
import { safeFileName, uniqueName } from './document-text.ts';

export type SaveItem = Pick<DocumentRow, 'documentId' | 'title' | 'registeredOn'>;

export interface SaveAllResult {
  saved: number;
  failed: number;
  cancelled: boolean;
}

/** Not on this computer and out of reach: counted and skipped, as main does when it saves. */
const SKIPPED = new Set(['OFFLINE', 'NOT_SIGNED_IN', 'NOT_FOUND']);
const LIST_LIMIT = 500;

/** Every document of the individual, whatever the list on screen is filtered to. */
export async function allDocuments(api: Api, appointmentId: string): Promise<SaveItem[]> {
  const items: SaveItem[] = [];
  for (let offset = 0; ; offset += LIST_LIMIT) {
    const result = await api.listDocuments({
      appointmentId,
      query: '',
      sort: { column: 'publishedAt', direction: 'desc' },
      newSince: null,
      offset,
      limit: LIST_LIMIT,
    });
    if (!result.ok) throw new ApiError(result.error);
    items.push(...result.value.rows);
    if (result.value.rows.length === 0 || items.length >= result.value.total) return items;
  }
}

async function exists(dir: FileSystemDirectoryHandle, name: string): Promise<boolean> {
  try {
    await dir.getFileHandle(name);
    return true;
  } catch {
    return false;
  }
}

/** Streams one document into a new file; false when cancelled (nothing left behind). */
async function writeFile(dir: FileSystemDirectoryHandle, name: string, url: string, signal: AbortSignal): Promise<boolean> {
  const handle = await dir.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    const response = await fetch(url, { signal });
    if (!response.ok || !response.body) throw new Error(`The document's content answered ${response.status}`);
    const reader = response.body.getReader();
    for (;;) {
      if (signal.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      await writable.write(value);
    }
    await writable.close();
    return true;
  } catch (error) {
    // abort() drops what was written; the entry getFileHandle created is removed as well.
    await writable.abort().catch(() => undefined);
    await dir.removeEntry(name).catch(() => undefined);
    if (signal.aborted) return false;
    throw error;
  }
}

export async function saveAllToDirectory(
  api: Api,
  dir: FileSystemDirectoryHandle,
  items: readonly SaveItem[],
  signal: AbortSignal,
  onProgress: (progress: SaveProgress) => void,
): Promise<SaveAllResult> {
  const used = new Set<string>();
  let saved = 0;
  let failed = 0;
  const report = (state: SaveProgress['state']) => onProgress({ done: saved + failed, total: items.length, failed, state });
  report('running');
  for (const item of items) {
    if (signal.aborted) break;
    const opened = await api.openDocument({ documentId: item.documentId });
    if (!opened.ok) {
      if (!SKIPPED.has(opened.error.code)) throw new ApiError(opened.error);
      failed++;
      report('running');
      continue;
    }
    if (signal.aborted) break;
    const name = await uniqueName(safeFileName(item.title, item.registeredOn), async (n) => used.has(n) || (await exists(dir, n)));
    used.add(name);
    if (!(await writeFile(dir, name, opened.value.url, signal))) break;
    saved++;
    report('running');
  }
  report(signal.aborted ? 'cancelled' : 'finished');
  return { saved, failed, cancelled: signal.aborted };
}
