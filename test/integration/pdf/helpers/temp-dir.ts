import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh directory per test file; `file` writes bytes into it and returns the path. */
export async function makeTempDir(prefix: string) {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  return {
    dir,
    async file(name: string, data: Buffer | string): Promise<string> {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
