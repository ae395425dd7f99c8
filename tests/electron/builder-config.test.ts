import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// electron-builder downloads Electron, so packaging cannot run here: its config is checked by reading it.
const yml = readFileSync('electron-builder.yml', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string; bin: Record<string, string>; productName: string };

describe('electron-builder.yml', () => {
  it('names the app and its id', () => {
    expect(yml).toMatch(/^appId: vn\.lichtruc\.app$/m);
    expect(yml).toMatch(/^productName: Lịch Trực$/m);
    expect(pkg.productName).toBe('Lịch Trực');
  });

  it('builds Windows NSIS x64, Linux AppImage and deb, macOS dmg', () => {
    expect(yml).toMatch(/win:\n\s+target:\n\s+- target: nsis\n\s+arch: \[x64\]/);
    expect(yml).toMatch(/linux:\n\s+target: \[AppImage, deb\]/);
    expect(yml).toMatch(/mac:\n\s+target: \[dmg\]/);
  });

  it('packs only built output, which contains the entry points package.json names', () => {
    const files = [...yml.matchAll(/^\s+- "?([^"\n]+)"?$/gm)].map((m) => m[1]).filter((f) => f?.startsWith('dist') || f === 'package.json' || f?.startsWith('!'));
    expect(files).toEqual(['dist/electron/**', 'dist/renderer/**', 'dist/cli/**', 'dist/fonts/**', 'package.json', '!**/*.map']);
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(Object.values(pkg.bin)).toEqual(['dist/cli/lich-truc.mjs']);
  });
});
