import qrcode from 'qrcode-generator';

/** The quiet zone every QR code needs around it (ISO/IEC 18004: 4 modules), so phones find it. */
export const QUIET_ZONE = 4;

/**
 * A QR code's modules (true: dark), row by row. Error correction M (15 %): a code printed on a
 * duty slip or shown on a screen survives a smudge or glare; the version is the smallest that fits.
 */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/**
 * An SVG path drawing the dark modules, one run of a row per sub-path, offset by the quiet zone:
 * a few hundred sub-paths instead of one element per module.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${end - x + 1}v1h-${end - x + 1}z`);
      x = end;
    }
  });
  return parts.join('');
}
