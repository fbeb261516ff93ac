import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

/**
 * An encrypted file: a header, then the plaintext in 64 KiB chunks, each sealed with AES-256-GCM
 * under a key derived for this file alone. Chunk i's nonce is its index and a flag marking the
 * last chunk, so chunks cannot be reordered, dropped or cut off without detection; any range can
 * be decrypted without reading the rest (pdf.js asks for ranges), and memory stays at one chunk.
 */
const MAGIC = Buffer.from('BTF1', 'ascii');
const SALT = 16;
export const HEADER_SIZE = MAGIC.length + SALT;
export const CHUNK_SIZE = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK_SIZE + TAG;
const READ_BATCH = 16;

function fileKey(filesKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', filesKey, salt, 'bitrade:file', 32));
}

function nonce(index: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(index, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

/** Plaintext size of an encrypted file of `fileSize` bytes (every file has at least one chunk). */
export function plaintextSize(fileSize: number): number {
  const body = fileSize - HEADER_SIZE;
  if (body < TAG) throw new Error('encrypted file is truncated');
  const chunks = Math.ceil(body / SEALED_CHUNK);
  return body - chunks * TAG;
}

/** Writes plaintext to an open file as it arrives, hashing it on the way. */
export class EncryptingWriter {
  readonly #handle: FileHandle;
  readonly #key: Buffer;
  readonly #salt: Buffer;
  readonly #hash: Hash = createHash('sha256');
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #index = 0;
  #size = 0;
  #position = 0;

  constructor(handle: FileHandle, filesKey: Buffer) {
    this.#handle = handle;
    this.#salt = randomBytes(SALT);
    this.#key = fileKey(filesKey, this.#salt);
  }

  async #write(data: Buffer): Promise<void> {
    await this.#handle.write(data, 0, data.length, this.#position);
    this.#position += data.length;
  }

  async #sealChunk(plain: Buffer, last: boolean): Promise<void> {
    if (this.#index === 0) await this.#write(Buffer.concat([MAGIC, this.#salt]));
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonce(this.#index++, last));
    cipher.setAAD(MAGIC);
    await this.#write(Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]));
  }

  /** Takes any amount; seals full chunks, keeping one back so the last chunk can be flagged. */
  async write(data: Buffer): Promise<void> {
    this.#hash.update(data);
    this.#size += data.length;
    this.#pending.push(data);
    this.#pendingBytes += data.length;
    while (this.#pendingBytes > CHUNK_SIZE) {
      const all = Buffer.concat(this.#pending);
      await this.#sealChunk(all.subarray(0, CHUNK_SIZE), false);
      const rest = all.subarray(CHUNK_SIZE);
      this.#pending = [rest];
      this.#pendingBytes = rest.length;
    }
  }

  async finish(): Promise<{ sha256: string; size: number }> {
    await this.#sealChunk(Buffer.concat(this.#pending), true);
    this.#pending = [];
    this.#key.fill(0);
    return { sha256: this.#hash.digest('hex'), size: this.#size };
  }
}

/**
 * Decrypts the plaintext bytes [start, end) of an encrypted file, chunk by chunk. Any tampering,
 * truncation or a wrong key throws before a byte of the damaged chunk is returned.
 */
export async function* decryptRange(handle: FileHandle, filesKey: Buffer, start: number, end: number): AsyncGenerator<Buffer> {
  const { size: fileSize } = await handle.stat();
  const total = plaintextSize(fileSize);
  const stop = Math.min(end, total);
  const header = Buffer.alloc(HEADER_SIZE);
  await handle.read(header, 0, HEADER_SIZE, 0);
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an encrypted file of this app');
  const key = fileKey(filesKey, header.subarray(MAGIC.length));
  const chunks = Math.ceil((fileSize - HEADER_SIZE) / SEALED_CHUNK);
  try {
    const first = Math.floor(start / CHUNK_SIZE);
    // An empty range still authenticates the last chunk, so a truncated file is noticed.
    const lastNeeded = Math.min(stop > start ? Math.floor((stop - 1) / CHUNK_SIZE) : first, chunks - 1);
    // Sixteen chunks per read: one system call per megabyte keeps a streamed upload as fast as a
    // plain file read, while memory stays at a megabyte.
    for (let batchStart = first; batchStart <= lastNeeded; batchStart += READ_BATCH) {
      const batchEnd = Math.min(lastNeeded, batchStart + READ_BATCH - 1);
      const offset = HEADER_SIZE + batchStart * SEALED_CHUNK;
      const length = Math.min((batchEnd - batchStart + 1) * SEALED_CHUNK, fileSize - offset);
      const block = Buffer.alloc(length);
      await handle.read(block, 0, length, offset);
      for (let i = batchStart; i <= batchEnd; i++) {
        const at = (i - batchStart) * SEALED_CHUNK;
        const sealed = block.subarray(at, Math.min(at + SEALED_CHUNK, length));
        const decipher = createDecipheriv('aes-256-gcm', key, nonce(i, i === chunks - 1));
        decipher.setAAD(MAGIC);
        decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
        const plain = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG)), decipher.final()]);
        const from = i === first ? start - i * CHUNK_SIZE : 0;
        const to = Math.min(plain.length, stop - i * CHUNK_SIZE);
        if (to > from) yield plain.subarray(from, to);
      }
    }
  } finally {
    key.fill(0);
  }
}
