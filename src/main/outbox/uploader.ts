import { createUploadResponseSchema } from '../../shared/agency/uploads.ts';
import { HEADERS, UPLOAD_CONTENT_TYPE, pathTo } from '../../shared/agency/paths.ts';
import type { AgencyClient } from '../agency/client.ts';
import { AgencyError } from '../agency/errors.ts';
import type { FileStore } from '../files/file-store.ts';

export interface UploadTask {
  counselId: string;
  sha256: string;
  size: number;
  fileName: string;
  uploadId: string | null;
  finished: boolean;
  /** Idempotency-Key for creating the upload: the same file of the same operation is one upload. */
  createKey: string;
}

export interface UploadHooks {
  saveUploadId(uploadId: string): void;
  saveUploaded(bytes: number): void;
  saveFinished(): void;
  onBytes(n: number): void;
  signal?: AbortSignal;
}

async function* counting(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void, signal?: AbortSignal): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    signal?.throwIfAborted();
    yield chunk;
    onBytes(chunk.byteLength);
  }
}

/**
 * Delivers one file as a resumable upload: create it once (by idempotency key), ask the agency
 * how much it already has, send the rest streamed from the encrypted store, finish. After a cut
 * connection or a restart it continues from the agency's offset, never from the start, and never
 * holds the file in memory.
 */
export async function uploadFile(client: AgencyClient, files: FileStore, task: UploadTask, hooks: UploadHooks): Promise<string> {
  const { counselId } = task;
  let uploadId = task.uploadId;
  if (!uploadId) {
    const created = await client.sendJson(
      'POST',
      pathTo('uploads', { counselId }),
      { fileName: task.fileName, size: task.size, sha256: task.sha256 },
      createUploadResponseSchema,
      { idempotencyKey: task.createKey, ...(hooks.signal ? { signal: hooks.signal } : {}) },
    );
    uploadId = created.uploadId;
    hooks.saveUploadId(uploadId);
  }
  if (task.finished) return uploadId;
  const path = pathTo('upload', { counselId, uploadId });

  for (let attempt = 0; ; attempt++) {
    const head = await client.request(path, { method: 'HEAD', ...(hooks.signal ? { signal: hooks.signal } : {}) });
    const offset = Number(head.headers.get(HEADERS.uploadOffset.toLowerCase()) ?? head.headers.get(HEADERS.uploadOffset));
    if (!Number.isSafeInteger(offset) || offset < 0 || offset > task.size) throw new AgencyError('protocol', 'The agency gave an impossible upload offset');
    hooks.saveUploaded(offset);
    if (offset === task.size) break;
    try {
      const response = await client.request(path, {
        method: 'PATCH',
        headers: { [HEADERS.uploadOffset]: String(offset), 'Content-Type': UPLOAD_CONTENT_TYPE },
        body: counting(files.read(task.sha256, { start: offset, end: task.size }), hooks.onBytes, hooks.signal),
        timeoutMs: 10 * 60_000,
        ...(hooks.signal ? { signal: hooks.signal } : {}),
      });
      await response.body?.cancel();
    } catch (error) {
      if (error instanceof AgencyError && error.code === 'UPLOAD_OFFSET_MISMATCH') {
        // The offset moved under us, or the agency still holds the previous connection of a
        // crashed attempt: ask again, and after a few tries come back later rather than give up.
        if (attempt < 3) continue;
        throw new AgencyError('retryable', 'The agency is still busy with an earlier part of this upload', { status: 409, code: error.code, retryAfterMs: 2000 });
      }
      throw error;
    }
  }
  let finish: Response;
  try {
    finish = await client.request(pathTo('uploadFinish', { counselId, uploadId }), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      idempotencyKey: `${task.createKey}:finish`,
      // The agency reads the whole file to check its digest: minutes for a large one on a slow disk.
      timeoutMs: 10 * 60_000,
      ...(hooks.signal ? { signal: hooks.signal } : {}),
    });
  } catch (error) {
    if (error instanceof AgencyError && error.code === 'UPLOAD_OFFSET_MISMATCH') {
      throw new AgencyError('retryable', 'The agency is still checking this upload', { status: 409, code: error.code, retryAfterMs: 5000 });
    }
    throw error;
  }
  await finish.body?.cancel();
  hooks.saveFinished();
  return uploadId;
}
