// The layer rules of docs/architecture.md, checked on every import in src/.
// tsconfig per layer keeps the wrong globals out; this keeps the wrong modules out.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Layer = 'shared' | 'renderer' | 'preload' | 'main' | 'agency';

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;

/** Packages a layer may import. Node built-ins and project layers are judged separately. */
const PACKAGES: Record<Layer, (name: string) => boolean> = {
  // Pure TypeScript: schemas and nothing that touches a platform.
  shared: (name) => name === 'zod',
  renderer: (name) =>
    ['react', 'react-dom', 'i18next', 'react-i18next', '@tanstack/react-virtual', 'pdfjs-dist', 'zod'].includes(name),
  preload: (name) => name === 'electron' || name === 'zod',
  main: (name) => !['react', 'react-dom', 'react-i18next', '@tanstack/react-virtual'].includes(name),
  agency: (name) => !['electron', 'react', 'react-dom'].includes(name),
};

/** Project layers a layer may import from. */
const REACHES: Record<Layer, Layer[]> = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  preload: ['preload', 'shared'],
  main: ['main', 'shared'],
  agency: ['agency', 'shared'],
};

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

export function layerOf(root: string, file: string): Layer | undefined {
  const parts = relative(join(root, 'src'), file).split(sep);
  if (parts.length < 2 || parts[0] === '..') return undefined;
  const top = parts[0] as Layer;
  return top in REACHES ? top : undefined;
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function walk(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Only the Electron shell of main, and the Electron preload, may import electron. */
function mayImportElectron(root: string, file: string): boolean {
  const rel = relative(join(root, 'src'), file).split(sep).join('/');
  return rel.startsWith('main/electron/') || rel === 'preload/electron.ts';
}

export function checkFile(root: string, file: string): Violation[] {
  const layer = layerOf(root, file);
  if (!layer) return [];
  const text = readFileSync(file, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const violations: Violation[] = [];
  const rel = relative(root, file);
  for (const { fileName: specifier } of info.importedFiles) {
    const fail = (reason: string) => violations.push({ file: rel, specifier, reason });
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      const target = resolve(dirname(file), specifier);
      const targetLayer = layerOf(root, target);
      if (!targetLayer) fail(`${layer} imports a file outside src/ layers`);
      else if (!REACHES[layer].includes(targetLayer)) fail(`${layer} may not import ${targetLayer}`);
      continue;
    }
    if (NODE_BUILTINS.has(specifier) || specifier.startsWith('node:')) {
      if (layer === 'shared' || layer === 'renderer' || layer === 'preload') fail(`${layer} may not import Node built-ins`);
      continue;
    }
    const name = packageName(specifier);
    if (name === 'electron') {
      if (!mayImportElectron(root, file)) fail('only src/main/electron/ and src/preload/electron.ts may import electron');
      continue;
    }
    if (!PACKAGES[layer](name)) fail(`${layer} may not import the package ${name}`);
  }
  return violations;
}

export function checkLayers(root: string): Violation[] {
  return walk(join(root, 'src')).flatMap((file) => checkFile(root, file));
}

if (import.meta.main) {
  const root = resolve(process.argv[2] ?? '.');
  const violations = checkLayers(root);
  for (const v of violations) console.error(`${v.file}: imports '${v.specifier}': ${v.reason}`);
  if (violations.length > 0) {
    console.error(`Layer check failed: ${violations.length} import(s) cross a layer boundary (docs/architecture.md).`);
    process.exit(1);
  }
  console.log('Layer check passed.');
}
