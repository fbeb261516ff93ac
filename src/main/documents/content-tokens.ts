import { randomBytes } from 'node:crypto';
import type { ContentInfo } from '../core/messages.ts';
import type { FileStore } from '../files/file-store.ts';

interface Grant extends ContentInfo {
  sha256: string;
}

/**
 * Short-lived capabilities for reading a document's plaintext through the host (`/content/<token>`),
 * so the PDF viewer can use range requests without the bytes crossing the contract. Tokens are
 * random, live only while the profile is unlocked, and name nothing about the document.
 */
export class ContentTokens {
  #grants = new Map<string, Grant>();
  #files: FileStore | null = null;

  /** The open profile's store; null when locked, which revokes every token. */
  setStore(files: FileStore | null): void {
    this.#files = files;
    if (!files) this.#grants.clear();
  }

  grant(sha256: string, fileName: string, size: number): string {
    const token = randomBytes(24).toString('base64url');
    this.#grants.set(token, { sha256, fileName, size });
    return token;
  }

  info(token: string): ContentInfo | null {
    const grant = this.#files ? this.#grants.get(token) : undefined;
    return grant ? { size: grant.size, fileName: grant.fileName } : null;
  }

  read(token: string, start: number, end: number): AsyncIterable<Buffer> | null {
    const grant = this.#grants.get(token);
    if (!grant || !this.#files) return null;
    return this.#files.read(grant.sha256, { start, end });
  }
}
