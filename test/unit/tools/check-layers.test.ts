import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers } from '../../../scripts/check-layers.ts';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

/** A copy of src/ with one planted file, so the check runs on the real tree plus a violation. */
function plant(relativePath: string, content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  cpSync(join(repo, 'src'), join(root, 'src'), { recursive: true });
  const file = join(root, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return root;
}

describe('the layer check', () => {
  it('passes on the project as it is', () => {
    expect(checkLayers(repo)).toEqual([]);
  });

  it('rejects a renderer file importing from src/main', () => {
    const root = plant('src/renderer/planted.ts', "import { log } from '../main/util/log.ts';\nexport const x = log;\n");
    expect(checkLayers(root)).toEqual([
      { file: 'src/renderer/planted.ts', specifier: '../main/util/log.ts', reason: 'renderer may not import main' },
    ]);
  });

  it('rejects a shared file importing Node', () => {
    const root = plant('src/shared/planted.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(checkLayers(root).map((v) => v.reason)).toEqual(['shared may not import Node built-ins']);
  });

  it('rejects a shared file importing React, and a bare Node module name', () => {
    const root = plant('src/shared/planted.ts', "import 'react';\nimport fs from 'fs';\nexport default fs;\n");
    expect(checkLayers(root)).toHaveLength(2);
  });

  it('rejects electron outside the Electron shell of main', () => {
    const root = plant('src/main/core/planted.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(checkLayers(root)[0]?.reason).toMatch(/only src\/main\/electron/);
  });

  it('rejects main importing the demo agency, and dynamic imports across layers', () => {
    const root = plant('src/main/planted.ts', "export const load = () => import('../agency/server.ts');\n");
    expect(checkLayers(root)[0]?.reason).toBe('main may not import agency');
  });

  it('fails the command with a non-zero exit code', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = plant('src/renderer/planted.ts', "import '../main/util/log.ts';\n");
    const run = spawnSync(process.execPath, [join(repo, 'scripts/check-layers.ts'), root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('renderer may not import main');
  });
});
