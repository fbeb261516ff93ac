import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer bundle; main and preload are built by scripts/build.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/renderer', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome140',
    sourcemap: true,
    // Electron loads the renderer over app://, a browser over loopback: no module preload polyfill needed.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
});
