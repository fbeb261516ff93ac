import type { FileHandle } from 'node:fs/promises';

/**
 * Reads up to `length` bytes at `position` into a fresh buffer. A short read only happens at the
 * end of the file (or if it shrank meanwhile); the result is then shorter, never padded.
 */
export async function readAt(file: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = new Uint8Array(Math.max(0, length));
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === buffer.length ? buffer : buffer.subarray(0, filled);
}
