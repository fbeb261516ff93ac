/** Document content, stored once per SHA-256 under the data directory. */
import { createHash } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agency } from '../context.ts';

export interface BlobInfo {
  sha256: string;
  size: number;
}

export function blobPath(agency: Agency, sha256: string): string {
  return join(agency.dirs.blobs, sha256);
}

export function putBlob(agency: Agency, bytes: Buffer): BlobInfo {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = blobPath(agency, sha256);
  if (!existsSync(path)) writeFileSync(path, bytes);
  return { sha256, size: bytes.length };
}

/** Moves a verified upload into the blob store (same file system, so a rename). */
export function adoptBlob(agency: Agency, file: string, sha256: string): void {
  const path = blobPath(agency, sha256);
  if (!existsSync(path)) renameSync(file, path);
}
