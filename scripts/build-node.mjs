// Bundles the Node side: Electron main (ESM), the sandboxed preload (CommonJS — sandboxed
// preloads cannot be ES modules), the CLI, the `npm start` launcher, and the browser-test stand-in for the preload.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const common = { bundle: true, sourcemap: true, logLevel: 'warning', target: 'node20' };
const esmRequire = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

// The CLI is split at its dynamic imports, so a command loads only the libraries it uses (a calendar
// command no Word, mail or CalDAV library); the folder is emptied first so no stale chunk is packaged.
rmSync('dist/cli', { recursive: true, force: true });

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', platform: 'node', format: 'esm', external: ['electron'], banner: { js: esmRequire } }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', platform: 'node', format: 'cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: { 'lich-truc': 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  }),
  // `npm start`: Electron where its binary is there or can be fetched, else browser mode.
  build({ ...common, entryPoints: ['electron/launch/start.ts'], outfile: 'dist/launch/start.mjs', platform: 'node', format: 'esm', packages: 'external' }),
  build({ ...common, entryPoints: ['tests/e2e/harness/browser-bridge.ts'], outfile: 'dist/test/browser-bridge.js', platform: 'browser', format: 'iife', target: 'chrome130' }),
]);

// The printed roster embeds Tinos; the packaged app has no node_modules, so the font ships in dist/.
const tinos = dirname(createRequire(import.meta.url).resolve('@fontsource/tinos/400.css'));
cpSync(tinos, 'dist/fonts/tinos', { recursive: true, filter: (src) => !/\.woff$|scss|cyrillic|greek|hebrew/.test(src) });
