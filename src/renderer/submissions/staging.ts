/**
 * Sending a picked or dropped file to the host's POST /staging, same origin: the renderer has no
 * file system, so the bytes stream to main, which checks them by content (PDF only) and keeps an
 * encrypted copy. The answer is read through a schema: it decides what the person is told.
 */
import { z } from 'zod';
import type { StagedFile } from '../../shared/contract/outbox.ts';
import { MAX_SUBMISSION_FILE_BYTES, PDF_REFUSAL_CODES, refusePdf } from '../../shared/pdf/pdf-verdict.ts';

const STAGING_PATH = '/staging';
const TOKEN_HEADER = 'x-staging-token';

const messageSchema = z.object({ sv: z.string(), en: z.string() });
const verdictSchema = z.union([
  z.object({ ok: z.literal(true), pages: z.int().min(0), encrypted: z.boolean() }),
  z.object({ ok: z.literal(false), code: z.enum(PDF_REFUSAL_CODES), message: messageSchema }),
]);
const stagedFileSchema = z.object({ stagedId: z.string(), fileName: z.string(), size: z.number().min(0), verdict: verdictSchema });

export type StagingOutcome =
  /** Checked: accepted or refused, as the verdict says. */
  | { kind: 'checked'; file: StagedFile }
  /** The token is no longer valid (a new unlock): ask for a new one and try once more. */
  | { kind: 'forbidden' }
  /** The app locked while the file was on its way. */
  | { kind: 'locked' }
  /** The host could not be reached or answered something else: nothing was added. */
  | { kind: 'failed' };

export async function postToStaging(file: File, token: string, signal: AbortSignal): Promise<StagingOutcome> {
  // Too large is known before a byte is sent: no point streaming 300 MB to hear it.
  if (file.size > MAX_SUBMISSION_FILE_BYTES) {
    return { kind: 'checked', file: { stagedId: '', fileName: file.name, size: file.size, verdict: refusePdf('TOO_LARGE') } };
  }
  let response: Response;
  try {
    response = await fetch(`${STAGING_PATH}?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: token, 'Content-Type': 'application/octet-stream' },
      body: file,
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'failed' };
  }
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status === 423) return { kind: 'locked' };
  if (!response.ok) return { kind: 'failed' };
  const parsed = stagedFileSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { kind: 'checked', file: parsed.data } : { kind: 'failed' };
}
