import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Tinos faces a Vietnamese roster needs; other scripts' subsets would only make the file bigger. */
const FACES = ['400', '700', '400-italic', '700-italic'];
const SUBSETS = /files\/(tinos-(?:latin|latin-ext|vietnamese)-\d{3}-(?:normal|italic))\.woff2/;

/**
 * The packaged app has no node_modules: the build copies the font package next to the bundles
 * (dist/fonts/tinos). From sources (tests, `npm run cli`) the installed package is used.
 */
function fontDir(): string {
  const bundled = fileURLToPath(new URL('../fonts/tinos/', import.meta.url));
  if (existsSync(join(bundled, '400.css'))) return bundled;
  return dirname(createRequire(import.meta.url).resolve('@fontsource/tinos/400.css'));
}

let cached: string | undefined;

/**
 * @font-face rules for Tinos (metric-compatible with Times New Roman) with the woff2 files inlined
 * as data: URLs, so the printed page needs nothing from the machine it is printed on.
 */
export function tinosFontCss(): string {
  if (cached) return cached;
  const dir = fontDir();
  const rules = FACES.flatMap((face) =>
    readFileSync(join(dir, `${face}.css`), 'utf8')
      .split('@font-face')
      .map((block) => ({ block: block.replace(/\/\*[^*]*\*\/\s*$/, ''), file: SUBSETS.exec(block)?.[1] }))
      .filter(({ file }) => file !== undefined)
      .map(({ block, file }) => {
        const data = readFileSync(join(dir, 'files', `${file}.woff2`)).toString('base64');
        return `@font-face${block.replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)}`;
      }),
  );
  cached = rules.join('\n');
  return cached;
}
