import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildFormat } from '../../../electron/services/exports/export-files';
import type { CsvStyle } from '../../../shared/export/csv-style';
import { exportSource } from '../../../shared/export/source';
import { timesheet } from '../../../shared/export/timesheet';
import { defaultPayRule, PAY_CLASSES } from '../../../shared/settings/pay-rule';
import type { Settings } from '../../../shared/settings/schema';
import { readWithOpenpyxl, type PyCell } from '../../helpers/openpyxl';
import { tempDir } from '../../helpers/services';
import { publish, rosteredTetPlan, testSettings } from '../../shared/export/helpers';

const plan = publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z');
const source = exportSource(plan, new Date('2026-02-05T03:00:00Z'));
const printer = { print: () => Promise.reject(new Error('no printing here')) };

async function build(format: 'xlsx' | 'csv', settings: Settings, options: { csvStyle?: CsvStyle } = {}): Promise<string | Uint8Array> {
  const request = format === 'csv' ? { format, planId: plan.id, ...options } : { format, planId: plan.id };
  return (await buildFormat({ source, settings, request, printer } as Parameters<typeof buildFormat>[0])) as string | Uint8Array;
}

async function workbook(settings: Settings) {
  const path = join(tempDir('lich-truc-sheets-'), `${settings.pay.scheme}.xlsx`);
  writeFileSync(path, await build('xlsx', settings));
  return readWithOpenpyxl(path);
}

const headerIndex = (rows: PyCell[][], name: string) => rows[0]!.findIndex((c) => c.value === name);
const num = (cell: PyCell | undefined) => {
  expect(cell?.type).toBe('number');
  return cell!.value as number;
};

describe('the roster workbook as openpyxl reads it', () => {
  it('writes dates and times as Excel dates, hours as numbers with a fixed format', async () => {
    const sheets = await workbook(testSettings());
    expect(Object.keys(sheets)).toEqual(['Theo ngày và ca', 'Theo cán bộ', 'Bảng chấm công', 'Loại ngày']);
    const rows = sheets['Theo ngày và ca']!;
    const [date, start, end, hours] = ['Ngày', 'Bắt đầu', 'Kết thúc', 'Số giờ'].map((h) => headerIndex(rows, h));
    const first = rows[1]!;
    expect(first[date!]).toMatchObject({ type: 'date', value: '2026-02-13T00:00:00', format: 'dd/mm/yyyy' });
    expect(first[start!]).toMatchObject({ type: 'date', value: '2026-02-13T17:00:00', format: 'dd/mm/yyyy hh:mm' });
    expect(first[end!]).toMatchObject({ type: 'date', value: '2026-02-13T22:00:00' });
    expect(first[hours!]).toMatchObject({ type: 'number', value: 5, format: '0.00' });
    // A night shift ends the next morning.
    const night = rows.find((r) => r[start!]?.value === '2026-02-16T22:00:00')!;
    expect(night[end!]?.value).toBe('2026-02-17T06:00:00');
    expect(night[hours!]?.value).toBe(8);
    const kinds = sheets['Loại ngày']!;
    expect(kinds.slice(1).map((r) => [r[0]!.value, r[2]!.value])).toContainEqual(['2026-02-20T00:00:00', 'Ngày nghỉ bù']);
  });

  it('re-sums exactly: each person’s total, the column totals and the weighted hours, at the unit’s percentages', async () => {
    for (const scheme of ['state', 'enterprise'] as const) {
      const settings = { ...testSettings(), pay: defaultPayRule(scheme) };
      const rows = (await workbook(settings))['Bảng chấm công']!;
      const header = rows[0]!.map((c) => c.value);
      const [first, last] = [4, 4 + PAY_CLASSES.length - 1];
      const [total, standby, weighted] = ['Tổng số giờ', 'Trong đó trực chờ', 'Giờ quy đổi theo tỷ lệ'].map((h) => header.indexOf(h));
      // The percentages used, under their columns.
      expect(rows[1]![0]!.value).toBe('Tỷ lệ trả lương (%)');
      const percents = rows[1]!.slice(first, last + 1).map(num);
      expect(percents).toEqual(PAY_CLASSES.map((c) => settings.pay.percent[c]));

      const totalsAt = rows.findIndex((r) => r[0]?.value === 'Tổng cộng');
      const people = rows.slice(2, totalsAt);
      const entries = timesheet(source.core);
      expect(people.map((r) => r[header.indexOf('Mã cán bộ')]!.value)).toEqual(entries.map((e) => e.person.id));
      people.forEach((row, n) => {
        const hours = row.slice(first, last + 1).map(num);
        expect(row.slice(first, weighted! + 1).every((c) => c.format === '0.00')).toBe(true);
        expect(hours).toEqual(PAY_CLASSES.map((c) => entries[n]!.minutes[c] / 60));
        expect(num(row[total!])).toBe(hours.reduce((a, b) => a + b, 0));
        expect(row[total!]?.formula).toBe(`=SUM(E${n + 3}:L${n + 3})`);
        expect(num(row[weighted!])).toBe(hours.reduce((sum, h, i) => sum + percents[i]! * h, 0) / 100);
        expect(row[weighted!]?.formula).toMatch(/^=SUMPRODUCT\(\$E\$2:\$L\$2,E\d+:L\d+\)\/100$/);
        expect(num(row[standby!])).toBeLessThanOrEqual(num(row[total!]));
      });
      const totals = rows[totalsAt]!;
      for (let col = 3; col <= weighted!; col++) {
        expect(num(totals[col])).toBe(people.reduce((sum, r) => sum + num(r[col]), 0));
        expect(totals[col]?.formula).toMatch(/^=SUM\([A-Z]+3:[A-Z]+\d+\)$/);
      }
      // Tết 2026, three seats: 360 h on Tết days.
      expect(num(totals[first + PAY_CLASSES.indexOf('holiday.day')]) + num(totals[first + PAY_CLASSES.indexOf('holiday.night')])).toBe(360);
      // Which law the percentages come from is said on the sheet.
      expect(rows.some((r) => String(r[0]?.value ?? '').includes(scheme === 'state' ? '08/2005/TTLT-BNV-BTC' : 'Điều 98'))).toBe(true);
    }
  });
});

describe('the roster CSV', () => {
  const parse = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true }).data;

  it('is for Excel on Vietnamese Windows by default: UTF-8 with BOM, ";" and decimal commas', async () => {
    const text = (await build('csv', testSettings())) as string;
    expect(text.startsWith('\uFEFFNgày;Thứ;Âm lịch;Ca;Bắt đầu;Kết thúc;Số giờ;')).toBe(true);
    const rows = parse(text, ';');
    const hours = rows[0]!.indexOf('Số giờ');
    expect(rows[1]!.slice(0, 6)).toEqual(['13/02/2026', 'Thứ Sáu', '26/12', 'Ca chiều', '13/02/2026 17:00', '13/02/2026 22:00']);
    // The last shift ends at 07:30: 1,5 hours.
    expect(rows.at(-1)![hours]).toBe('1,5');
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('has a comma-separated, decimal-point variant', async () => {
    const text = (await build('csv', testSettings(), { csvStyle: 'comma' })) as string;
    expect(text.startsWith('\uFEFFNgày,Thứ,Âm lịch')).toBe(true);
    const rows = parse(text, ',');
    expect(rows.at(-1)![rows[0]!.indexOf('Số giờ')]).toBe('1.5');
  });
});
