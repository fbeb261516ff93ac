import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { subkey } from '../crypto/kdf.ts';
import { decryptRange, EncryptingWriter, plaintextSize } from './encrypted-file.ts';

/** The profile was locked: its keys are gone, and nothing may be written or read with them. */
export class FileStoreClosedError extends Error {
  constructor() {
    super('the file store is closed (the profile was locked)');
    this.name = 'FileStoreClosedError';
  }
}

export class DigestMismatchError extends Error {
  constructor() {
    super('content does not match its expected SHA-256 or size');
    this.name = 'DigestMismatchError';
  }
}

/**
 * A profile's files, encrypted at rest and addressed by the SHA-256 of their content. A file's
 * name is a keyed hash of that digest, so the folder does not reveal which known document is
 * stored. Writes go to a temporary file and are renamed into place only when complete and
 * verified: a crash or a cut connection never leaves a partial file under a real name.
 */
export class FileStore {
  readonly #dir: string;
  readonly #tmp: string;
  readonly #filesKey: Buffer;
  readonly #namesKey: Buffer;
  #closed = false;

  constructor(dir: string, profileKey: Buffer) {
    this.#dir = dir;
    this.#tmp = join(dir, 'tmp');
    mkdirSync(this.#tmp, { recursive: true, mode: 0o700 });
    this.#filesKey = subkey(profileKey, 'files');
    this.#namesKey = subkey(profileKey, 'file-names');
  }

  #open(): void {
    if (this.#closed) throw new FileStoreClosedError();
  }

  pathOf(sha256: string): string {
    this.#open();
    const name = createHmac('sha256', this.#namesKey).update(sha256).digest('hex');
    return join(this.#dir, name.slice(0, 2), name);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  /** Plaintext size of a stored file, or null when it is not stored. */
  async size(sha256: string): Promise<number | null> {
    try {
      return plaintextSize((await stat(this.pathOf(sha256))).size);
    } catch {
      return null;
    }
  }

  /**
   * Encrypts a stream into the store. With `expected`, content that differs from it is refused
   * (DigestMismatchError) and nothing is stored.
   */
  async put(source: AsyncIterable<Uint8Array>, expected?: { sha256: string; size?: number }): Promise<{ sha256: string; size: number }> {
    this.#open();
    const tmpPath = join(this.#tmp, `${randomUUID()}.part`);
    const handle = await open(tmpPath, 'wx', 0o600);
    let result: { sha256: string; size: number };
    try {
      const writer = new EncryptingWriter(handle, this.#filesKey);
      for await (const chunk of source) await writer.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      result = await writer.finish();
      if (expected && (result.sha256 !== expected.sha256 || (expected.size !== undefined && result.size !== expected.size))) {
        throw new DigestMismatchError();
      }
      await handle.sync();
      // Locked while writing: the name key is gone, so the file could never be found again.
      this.#open();
    } catch (error) {
      await handle.close();
      await rm(tmpPath, { force: true });
      throw error;
    }
    await handle.close();
    const target = this.pathOf(result.sha256);
    mkdirSync(join(target, '..'), { recursive: true, mode: 0o700 });
    await rename(tmpPath, target);
    return result;
  }

  /** The plaintext, or a byte range of it ([start, end) in plaintext offsets). */
  async *read(sha256: string, range?: { start: number; end: number }): AsyncGenerator<Buffer> {
    this.#open();
    const handle = await open(this.pathOf(sha256), 'r');
    try {
      yield* decryptRange(handle, this.#filesKey, range?.start ?? 0, range?.end ?? Number.MAX_SAFE_INTEGER);
    } finally {
      await handle.close();
    }
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** Leftovers of writes a crash interrupted. */
  async clearTemporary(): Promise<void> {
    await rm(this.#tmp, { recursive: true, force: true });
    mkdirSync(this.#tmp, { recursive: true, mode: 0o700 });
  }

  close(): void {
    this.#closed = true;
    this.#filesKey.fill(0);
    this.#namesKey.fill(0);
  }
}
