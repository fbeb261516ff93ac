import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { StagedFile } from '../../shared/contract/outbox.ts';
import { checkPdf } from '../pdf/check-pdf.ts';
import type { ProfileServices } from '../session/open-profile.ts';

interface Staged {
  fileName: string;
  size: number;
  pages: number;
}

/**
 * Files added to a submission that is still being put together. Each is checked (PDF only,
 * judged by content) before anything else, then copied into the encrypted store: the original
 * may be moved or deleted afterwards. Refused files are not kept.
 */
export class Staging {
  #token: string | null = null;
  #staged = new Map<string, Staged>();

  /** The capability the page shows when it posts a file to its host; new for each unlock. */
  token(): string {
    this.#token ??= randomBytes(24).toString('base64url');
    return this.#token;
  }

  isToken(token: string | null | undefined): boolean {
    return !!token && token === this.#token;
  }

  get(stagedId: string): Staged | undefined {
    return this.#staged.get(stagedId);
  }

  /**
   * Checks the file at `path` (a transient copy the host wrote) and stores it encrypted. The
   * copy is deleted whatever the outcome.
   */
  async stage(profile: ProfileServices, path: string, fileName: string): Promise<StagedFile> {
    try {
      const verdict = await checkPdf(path);
      if (!verdict.ok) return { stagedId: '', fileName, size: 0, verdict };
      const stored = await profile.files.put(createReadStream(path));
      profile.db
        .prepare(`INSERT INTO stored_file (sha256, size, stored_at, origin) VALUES (?, ?, ?, 'staged') ON CONFLICT (sha256) DO NOTHING`)
        .run(stored.sha256, stored.size, new Date().toISOString());
      this.#staged.set(stored.sha256, { fileName, size: stored.size, pages: verdict.pages });
      return { stagedId: stored.sha256, fileName, size: stored.size, verdict };
    } finally {
      await rm(path, { force: true });
    }
  }

  discard(stagedId: string): void {
    this.#staged.delete(stagedId);
  }

  /** Forgets everything: the profile locked, and no dialog outlives that. */
  reset(): void {
    this.#token = null;
    this.#staged.clear();
  }
}
