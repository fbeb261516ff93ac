import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StagedFile } from '../../shared/contract/outbox.ts';
import type { Result } from '../../shared/contract/result.ts';
import { MAX_SUBMISSION_FILE_BYTES, refusePdf } from '../../shared/pdf/pdf-verdict.ts';
import type { InternalCalls, InternalName } from '../core/messages.ts';
import { securityHeaders } from '../security/csp.ts';

export const STAGING_PATH = '/staging';
export const STAGING_TOKEN_HEADER = 'x-staging-token';
const MAX_BYTES = MAX_SUBMISSION_FILE_BYTES;

interface InternalCaller {
  internal<K extends InternalName>(name: K, args: InternalCalls[K]['args']): Promise<Result<InternalCalls[K]['result']>>;
}

export interface StagingAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = (status: number, value: unknown): StagingAnswer => ({
  status,
  headers: { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(value),
});

/**
 * POST /staging in both hosts: the page streams a picked or dropped file here (the renderer has
 * no file system). The bytes go to a private temporary file only for as long as the PDF check
 * needs to read it; the core then keeps it encrypted and the copy is deleted.
 */
export async function stageUpload(core: InternalCaller, url: URL, token: string | null | undefined, body: AsyncIterable<Uint8Array>): Promise<StagingAnswer> {
  if (!token) return json(403, { error: 'forbidden' });
  const allowed = await core.internal('stagingAllowed', { token });
  if (!allowed.ok || !allowed.value.allowed) return json(403, { error: 'forbidden' });
  const fileName = (url.searchParams.get('name') ?? 'dokument.pdf').slice(0, 255);
  const path = join(tmpdir(), `bitrade-staging-${randomBytes(12).toString('hex')}`);
  const handle = await open(path, 'wx', 0o600);
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > MAX_BYTES) {
        const verdict: StagedFile = { stagedId: '', fileName, size, verdict: refusePdf('TOO_LARGE') };
        await handle.close();
        await rm(path, { force: true });
        return json(200, verdict);
      }
      await handle.write(chunk);
    }
    await handle.close();
  } catch (error) {
    // The page went away mid-file: no plaintext copy stays behind.
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
  const staged = await core.internal('stageFile', { token, path, fileName });
  await rm(path, { force: true });
  return staged.ok ? json(200, staged.value) : json(staged.error.code === 'LOCKED' ? 423 : 500, { error: staged.error.code });
}
