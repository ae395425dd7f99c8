import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrModules, qrPath, QUIET_ZONE } from '../../../shared/feed/qr';
import { cellsOfPath, decodeQr, writePbm } from '../../helpers/qr';
import { tempDir } from '../../helpers/services';

const ADDRESSES = [
  'webcal://intranet.stttt.example.vn/lich/0f1e2d3c4b5a69788796a5b4c3d2e1f0.ics',
  'https://intranet.stttt.example.vn/lich/0f1e2d3c4b5a69788796a5b4c3d2e1f0.ics',
  'webcal://10.20.30.40:8080/lich-truc/nguon-lich/ffffffffffffffffffffffffffffffff.ics',
];

const darkCells = (modules: boolean[][]) => new Set(modules.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`${x},${y}`] : []))));

describe('QR codes of subscription addresses', () => {
  it.each(ADDRESSES)('decode back to the address with an independent reader (ZBar): %s', (address) => {
    expect(decodeQr(writePbm(tempDir(), 'code.pbm', qrModules(address)))).toEqual([address]);
  });

  it('draw exactly the modules of the library’s own SVG, inside a 4-module quiet zone', () => {
    for (const address of ADDRESSES) {
      const modules = qrModules(address);
      const code = qrcode(0, 'M');
      code.addData(address, 'Byte');
      code.make();
      const theirs = /<path d="([^"]+)"/.exec(code.createSvgTag({ cellSize: 1, margin: 0, scalable: true }))![1]!;
      const ours = cellsOfPath(qrPath(modules), QUIET_ZONE);
      expect(ours).toEqual(cellsOfPath(theirs));
      expect(ours).toEqual(darkCells(modules));
      // Every module is within the code; the quiet zone stays white.
      expect([...ours].every((cell) => cell.split(',').every((n) => Number(n) >= 0 && Number(n) < modules.length))).toBe(true);
    }
  });
});
