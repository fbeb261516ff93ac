import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../src/main/files/encrypted-file.ts';
import { DigestMismatchError, FileStore, FileStoreClosedError } from '../../../src/main/files/file-store.ts';

const store = (key = randomBytes(32)) => {
  const dir = mkdtempSync(join(tmpdir(), 'files-'));
  return { key, dir, files: new FileStore(dir, key) };
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
async function* pieces(data: Buffer, size = 10_000) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
async function readAll(it: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const p of it) parts.push(p);
  return Buffer.concat(parts);
}

describe('the encrypted file store', () => {
  it.each([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 123])('gives back exactly what was stored (%i bytes)', async (n) => {
    const { files } = store();
    const data = randomBytes(n);
    const stored = await files.put(pieces(data));
    expect(stored).toEqual({ sha256: sha(data), size: n });
    expect((await readAll(files.read(stored.sha256))).equals(data)).toBe(true);
    expect(await files.size(stored.sha256)).toBe(n);
  });

  it('keeps content unreadable on disk and names files so the folder does not reveal which document is stored', async () => {
    const { files } = store();
    const data = Buffer.from('Beslut om förordnande för Göran Ek, Somalia. '.repeat(50));
    const { sha256 } = await files.put(pieces(data));
    const path = files.pathOf(sha256);
    expect(path).not.toContain(sha256);
    const disk = readFileSync(path);
    expect(disk.includes(Buffer.from('Göran'))).toBe(false);
  });

  it('reads any byte range without decrypting the rest', async () => {
    const { files } = store();
    const data = randomBytes(5 * CHUNK_SIZE + 77);
    const { sha256 } = await files.put(pieces(data, 65_000));
    for (const [start, end] of [
      [0, 10],
      [CHUNK_SIZE - 5, CHUNK_SIZE + 5],
      [2 * CHUNK_SIZE, 4 * CHUNK_SIZE + 1],
      [data.length - 3, data.length],
      [data.length - 3, data.length + 100],
    ] as const) {
      expect((await readAll(files.read(sha256, { start, end }))).equals(data.subarray(start, end))).toBe(true);
    }
  });

  it('refuses content that does not match its expected digest, and stores nothing', async () => {
    const { files } = store();
    const data = randomBytes(1000);
    await expect(files.put(pieces(data), { sha256: sha(Buffer.from('other')) })).rejects.toBeInstanceOf(DigestMismatchError);
    expect(await files.has(sha(data))).toBe(false);
  });

  it('refuses a download that arrived short', async () => {
    const { files } = store();
    const data = randomBytes(1000);
    await expect(files.put(pieces(data.subarray(0, 900)), { sha256: sha(data), size: 1000 })).rejects.toBeInstanceOf(DigestMismatchError);
  });

  it('detects a changed byte on disk', async () => {
    const { files } = store();
    const { sha256 } = await files.put(pieces(randomBytes(2 * CHUNK_SIZE)));
    const path = files.pathOf(sha256);
    const disk = readFileSync(path);
    disk[100] = (disk[100] ?? 0) ^ 1;
    writeFileSync(path, disk);
    await expect(readAll(files.read(sha256))).rejects.toThrow();
  });

  it('detects a file cut off at a chunk boundary', async () => {
    const { files } = store();
    const { sha256 } = await files.put(pieces(randomBytes(3 * CHUNK_SIZE + 10)));
    const path = files.pathOf(sha256);
    truncateSync(path, statSync(path).size - (10 + 16));
    await expect(readAll(files.read(sha256))).rejects.toThrow();
  });

  it('does not open with another profile’s key', async () => {
    const a = store();
    const data = randomBytes(100);
    const { sha256 } = await a.files.put(pieces(data));
    const dir = join(a.files.pathOf(sha256), '..', '..');
    const other = new FileStore(dir, randomBytes(32));
    // Another key also names files differently: the file is not even found under its digest.
    expect(await other.has(sha256)).toBe(false);
  });

  it('leaves no temporary file behind after a refused write', async () => {
    const { files } = store();
    const data = randomBytes(10);
    await files.put(pieces(data), { sha256: '0'.repeat(64) }).catch(() => undefined);
    const dir = join(files.pathOf('x'), '..', '..', 'tmp');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('a profile locked while a file is being written', () => {
  it('leaves nothing under a name: the write fails and its temporary file is removed', async () => {
    const { files, dir } = store();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow() {
      yield randomBytes(CHUNK_SIZE);
      await gate;
      yield randomBytes(10);
    }
    const writing = files.put(slow());
    files.close();
    release();
    await expect(writing).rejects.toThrow(FileStoreClosedError);
    await expect(files.put(pieces(randomBytes(10)))).rejects.toThrow(FileStoreClosedError);
    expect(readdirSync(dir)).toEqual(['tmp']);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
  });
});
