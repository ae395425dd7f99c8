import latin400 from '@fontsource/tinos/files/tinos-latin-400-normal.woff2?url';
import latin400i from '@fontsource/tinos/files/tinos-latin-400-italic.woff2?url';
import latin700 from '@fontsource/tinos/files/tinos-latin-700-normal.woff2?url';
import latin700i from '@fontsource/tinos/files/tinos-latin-700-italic.woff2?url';
import vi400 from '@fontsource/tinos/files/tinos-vietnamese-400-normal.woff2?url';
import vi400i from '@fontsource/tinos/files/tinos-vietnamese-400-italic.woff2?url';
import vi700 from '@fontsource/tinos/files/tinos-vietnamese-700-normal.woff2?url';
import vi700i from '@fontsource/tinos/files/tinos-vietnamese-700-italic.woff2?url';

// Ranges as @fontsource/tinos declares them: Vietnamese letters come from the second subset.
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE = 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const FACES: [url: string, weight: string, style: string, range: string][] = [
  [latin400, '400', 'normal', LATIN],
  [latin400i, '400', 'italic', LATIN],
  [latin700, '700', 'normal', LATIN],
  [latin700i, '700', 'italic', LATIN],
  [vi400, '400', 'normal', VIETNAMESE],
  [vi400i, '400', 'italic', VIETNAMESE],
  [vi700, '700', 'normal', VIETNAMESE],
  [vi700i, '700', 'italic', VIETNAMESE],
];

/**
 * Gives the print preview the PDF's own font. The files are served with the app (font-src 'self');
 * CSS @font-face cannot reach the preview frame under its CSP, the FontFace API can.
 */
export function addTinos(view: Window & typeof globalThis): void {
  for (const [url, weight, style, unicodeRange] of FACES) {
    view.document.fonts.add(new view.FontFace('Tinos', `url(${url}) format('woff2')`, { weight, style, unicodeRange }));
  }
}
