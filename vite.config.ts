import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the same build loads from app:// in Electron and from a plain http server in tests.
// The bundle is read from the local disk (app:// or 127.0.0.1), never over a network, so Vite's
// 500 kB web-page warning does not apply; the limit stays to flag a real jump in size.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130', chunkSizeWarningLimit: 1500 },
});
