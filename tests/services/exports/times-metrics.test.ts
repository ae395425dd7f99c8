import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metrics, render } from '../../../scripts/gen-times-metrics';
import { textWidth } from '../../../electron/services/exports/text-width';

describe('the Times New Roman widths the Word notice measures with', () => {
  it('are those of the Tinos font files shipped with the app', () => {
    expect(readFileSync('electron/services/exports/times-metrics.ts', 'utf8')).toBe(render(metrics()));
  });

  it('measure a Vietnamese line as the font does: digits are half an em, bold is wider', () => {
    expect(textWidth('0123456789', 10)).toBe(50);
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 13, true)).toBeGreaterThan(textWidth('Độc lập - Tự do - Hạnh phúc', 13));
    // A letter outside the table is measured as its base letter.
    expect(textWidth('ǹ', 12)).toBe(textWidth('n', 12));
  });
});
