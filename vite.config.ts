import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' so the same build loads from app:// in Electron and from a plain http server in tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, target: 'chrome130' },
});
