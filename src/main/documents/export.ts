import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SaveProgress } from '../../shared/contract/appointments.ts';
import { ContractFailure } from '../../shared/contract/result.ts';
import type { ProfileServices } from '../session/open-profile.ts';
import { documentOf, ensureContent } from './document-access.ts';
import { safeFileName, uniqueName } from './file-names.ts';

/** Writes a stored document, decrypted, through a temporary name: a cut never leaves half a PDF. */
async function writePlain(profile: ProfileServices, sha256: string, path: string, signal?: AbortSignal): Promise<void> {
  const part = `${path}.part`;
  const handle = await open(part, 'w', 0o600);
  try {
    for await (const chunk of profile.files.read(sha256)) {
      if (signal?.aborted) throw signal.reason;
      await handle.write(chunk);
    }
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(part, { force: true });
    throw error;
  }
  await handle.close();
  await rename(part, path);
}

export async function exportDocuments(profile: ProfileServices, counselId: string, documentIds: string[], paths: string[]): Promise<number> {
  let saved = 0;
  for (const [i, documentId] of documentIds.entries()) {
    const doc = documentOf(profile, counselId, documentId);
    await ensureContent(profile, counselId, doc, () => undefined);
    await writePlain(profile, doc.sha256, paths[i]!);
    saved++;
  }
  return saved;
}

/**
 * "Ladda ner alla dokument": every document of the individual into the chosen folder, named by
 * date and title, never overwriting. Cancelling stops after removing the file being written.
 */
export async function exportAll(
  profile: ProfileServices,
  counselId: string,
  documentIds: string[],
  dir: string,
  signal: AbortSignal,
  onProgress: (p: SaveProgress) => void,
): Promise<{ saved: number; cancelled: boolean }> {
  if (!existsSync(dir)) throw new ContractFailure({ code: 'NOT_FOUND', message: 'The chosen folder does not exist' });
  const total = documentIds.length;
  let saved = 0;
  let failed = 0;
  const report = (state: SaveProgress['state']) => onProgress({ done: saved + failed, total, failed, state });
  report('running');
  for (const documentId of documentIds) {
    if (signal.aborted) break;
    const doc = documentOf(profile, counselId, documentId);
    try {
      await ensureContent(profile, counselId, doc, () => undefined);
      const name = uniqueName(safeFileName(doc.title, doc.registeredOn), (n) => existsSync(join(dir, n)));
      await writePlain(profile, doc.sha256, join(dir, basename(name)), signal);
      saved++;
    } catch (error) {
      if (signal.aborted) break;
      if (error instanceof ContractFailure && (error.error.code === 'OFFLINE' || error.error.code === 'NOT_SIGNED_IN')) failed++;
      else throw error;
    }
    report('running');
  }
  report(signal.aborted ? 'cancelled' : 'finished');
  return { saved, cancelled: signal.aborted };
}
