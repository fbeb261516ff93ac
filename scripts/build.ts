// Builds the three bundles: renderer (vite.config.ts), the preloads (Electron's CommonJS for
// its sandbox, and the browser host's classic script), and main (the Electron shell and the
// core worker). Node-side code also runs unbundled from source in the browser host and tests.
import { builtinModules } from 'node:module';
import { cpSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const pkg = JSON.parse(readFileSync(at('package.json'), 'utf8')) as { dependencies: Record<string, string> };

const nodeExternal = [
  'electron',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&')}(/.*)?$`));

const quiet: Partial<InlineConfig> = { configFile: false, root, logLevel: 'warn' };

async function main(): Promise<void> {
  await build({ configFile: at('vite.config.ts'), logLevel: 'warn' });
  // pdf.js loads these on demand (CJK text, the 14 standard fonts, JPEG 2000 and colour-profile
  // decoders): served from the app itself, since the viewer may not reach any other origin.
  for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
    // Not the QuickJS scripting sandbox: documents never run scripts here.
    cpSync(at(`node_modules/pdfjs-dist/${dir}`), at(`out/renderer/pdfjs/${dir}`), { recursive: true, filter: (src) => !src.includes('quickjs') });
  }

  await build({
    ...quiet,
    build: {
      outDir: at('out/preload'),
      emptyOutDir: true,
      target: 'chrome140',
      minify: false,
      lib: { entry: at('src/preload/electron.ts'), formats: ['cjs'], fileName: () => 'electron.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  });
  await build({
    ...quiet,
    build: {
      outDir: at('out/preload'),
      emptyOutDir: false,
      target: 'chrome140',
      minify: false,
      lib: { entry: at('src/preload/browser.ts'), formats: ['iife'], name: 'bitradePreload', fileName: () => 'browser.js' },
    },
  });

  await build({
    ...quiet,
    build: {
      outDir: at('out/main'),
      emptyOutDir: true,
      target: 'node24',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: {
        entry: {
          electron: at('src/main/electron/main.ts'),
          'core-worker': at('src/main/core/worker.ts'),
          'pdf-check-worker': at('src/main/pdf/pdf-check-worker.ts'),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rollupOptions: { external: nodeExternal },
    },
  });
  console.log('Built out/renderer, out/preload, out/main.');
}

await main();
