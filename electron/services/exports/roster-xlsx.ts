import type ExcelJS from 'exceljs';
import { excel } from '../files/excel';
import { dayKindTable } from '../../../shared/export/day-kind-table';
import { PAY_CLASS_WORDS } from '../../../shared/export/pay-class-words';
import { personLoads } from '../../../shared/export/person-loads';
import { rosterRows } from '../../../shared/export/roster-rows';
import type { ColumnType, SheetTable } from '../../../shared/export/sheet-table';
import { timesheet, weightedHours, type TimesheetEntry } from '../../../shared/export/timesheet';
import type { PlanCore } from '../../../shared/plan/schema';
import { translate } from '../../../shared/i18n';
import { PAY_CLASSES, type PayRule } from '../../../shared/settings/pay-rule';
import { displayPhone } from '../../../shared/staff/phone';
import { splitDate } from '../../../shared/time/local';

/** Fixed formats: hours always with two decimals, so a column reads and adds up the same everywhere. */
const FORMAT: Record<ColumnType, string> = { text: '@', date: 'dd/mm/yyyy', datetime: 'dd/mm/yyyy hh:mm', hours: '0.00', count: '0', decimal: '0.00' };

/** Excel has no zones: a Vietnam wall-clock time is written as that same time in Excel's serial days. */
function excelDate(local: string): Date {
  const { year, month, day } = splitDate(local.slice(0, 10));
  return new Date(Date.UTC(year, month - 1, day, Number(local.slice(11, 13) || 0), Number(local.slice(14, 16) || 0)));
}

function cellValue(value: string | number, type: ColumnType): ExcelJS.CellValue {
  if (typeof value === 'string' && (type === 'date' || type === 'datetime')) return excelDate(value);
  return value;
}

const widthOf = (header: string, type: ColumnType, values: (string | number)[]) =>
  Math.min(40, Math.max(header.length, type === 'datetime' ? 16 : type === 'date' ? 10 : 0, ...values.map((v) => (typeof v === 'string' ? v.length : 6))) + 2);

/**
 * A sheet with a bold frozen header. Text cells are typed text ('@'): phones keep their 0 and a
 * name starting with "=" stays a name. Dates are Excel dates, numbers are numbers with fixed formats.
 */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: SheetTable): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c, i) => ({
    width: widthOf(
      c.header,
      c.type,
      table.rows.map((r) => r[i] ?? ''),
    ),
  }));
  sheet.addRow(table.columns.map((c) => c.header)).eachCell((cell) => (cell.numFmt = '@'));
  for (const values of table.rows) {
    const row = sheet.addRow(values.map((v, i) => cellValue(v, table.columns[i]?.type ?? 'text')));
    table.columns.forEach((c, i) => (row.getCell(i + 1).numFmt = FORMAT[c.type]));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  return sheet;
}

const column = (n: number) => {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
};

/**
 * "Bảng chấm công": per person the hours of each pay class (kind of day × day/night), their total,
 * the standby part and the hours weighted by the unit's percentages. The percentages stand in row 2
 * under their columns and the totals are formulas over the cells (with their values cached, the
 * same sums in the same order), so the sheet re-adds exactly and follows an edited percentage.
 */
export function addTimesheetSheet(workbook: ExcelJS.Workbook, name: string, entries: readonly TimesheetEntry[], rule: PayRule): void {
  const hourColumns = PAY_CLASSES.map((c) => PAY_CLASS_WORDS[c]);
  const header = ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Số ca', ...hourColumns, 'Tổng số giờ', 'Trong đó trực chờ', 'Giờ quy đổi theo tỷ lệ', 'Mã cán bộ'];
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ width: i === 0 ? 26 : i < 4 ? 14 : Math.min(22, Math.max(12, h.length / 2 + 2)) }));
  const first = 5;
  const last = first + PAY_CLASSES.length - 1;
  const [firstCol, lastCol] = [column(first), column(last)];
  const weightedCol = last + 3;

  const head = sheet.addRow(header);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.eachCell((cell) => (cell.numFmt = '@'));
  const percents = sheet.addRow(['Tỷ lệ trả lương (%)', '', '', '', ...PAY_CLASSES.map((c) => rule.percent[c] ?? 0)]);
  percents.font = { italic: true };
  for (let i = first; i <= last; i++) percents.getCell(i).numFmt = '0';

  // Each person's figures, then the column totals over them: cached results are the same sums, in the same order, as the formulas.
  const people = entries.map((e) => {
    const hours = PAY_CLASSES.map((c) => e.minutes[c] / 60);
    return { e, hours, total: hours.reduce((a, b) => a + b, 0), standby: e.standby / 60, weighted: weightedHours(e, rule) };
  });
  people.forEach(({ e, hours, total, standby, weighted }, n) => {
    const r = n + 3;
    const row = sheet.addRow([
      e.person.fullName,
      e.person.title,
      e.person.unit,
      e.shifts,
      ...hours,
      { formula: `SUM(${firstCol}${r}:${lastCol}${r})`, result: total },
      standby,
      { formula: `SUMPRODUCT($${firstCol}$2:$${lastCol}$2,${firstCol}${r}:${lastCol}${r})/100`, result: weighted },
      e.person.id,
    ]);
    [1, 2, 3, header.length].forEach((i) => (row.getCell(i).numFmt = '@'));
    row.getCell(4).numFmt = '0';
    for (let i = first; i <= weightedCol; i++) row.getCell(i).numFmt = '0.00';
  });

  const end = people.length + 2;
  const columnValues = [
    people.map((p) => p.e.shifts),
    ...PAY_CLASSES.map((_, i) => people.map((p) => p.hours[i]!)),
    people.map((p) => p.total),
    people.map((p) => p.standby),
    people.map((p) => p.weighted),
  ];
  const totals = sheet.addRow(['Tổng cộng', '', '', ...columnValues.map((values, i) => ({ formula: `SUM(${column(4 + i)}3:${column(4 + i)}${end})`, result: values.reduce((a, b) => a + b, 0) }))]);
  totals.font = { bold: true };
  totals.getCell(4).numFmt = '0';
  for (let i = first; i <= weightedCol; i++) totals.getCell(i).numFmt = '0.00';

  sheet.addRow([]);
  sheet.addRow([`Chế độ trả lương: ${rule.scheme === 'state' ? 'cơ quan, đơn vị nhà nước' : 'doanh nghiệp'} — ${translate('vi', `settings.pay.source.${rule.scheme}`)}.`]);
  sheet.addRow(['Ban đêm: từ 22:00 đến 06:00 sáng hôm sau (Bộ luật Lao động 2019, Điều 106); ca qua 00:00 sang loại ngày khác được tách tại 00:00.']);
  sheet.addRow(['Giờ quy đổi = Σ (số giờ × tỷ lệ) ÷ 100; nhân với tiền lương giờ để ra tiền trả thêm. Loại ngày của từng ngày: xem trang "Loại ngày".']);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** The roster workbook: by day and shift, by person with loads, the timesheet (Labour Code Art. 98, 106) and the kind of every date. */
export async function rosterXlsx(core: PlanCore, rule: PayRule): Promise<Uint8Array> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'Lịch Trực';
  addTableSheet(workbook, 'Theo ngày và ca', rosterRows(core));
  addTableSheet(workbook, 'Theo cán bộ', {
    columns: [
      { header: 'Họ và tên', type: 'text' },
      { header: 'Chức vụ', type: 'text' },
      { header: 'Đơn vị', type: 'text' },
      { header: 'Điện thoại', type: 'text' },
      { header: 'Số ca', type: 'count' },
      { header: 'Ca đêm', type: 'count' },
      { header: 'Ca Giao thừa, Mùng 1–3', type: 'count' },
      { header: 'Tải trọng (trọng số)', type: 'decimal' },
      { header: 'Mã cán bộ', type: 'text' },
    ],
    rows: personLoads(core).map((l) => [
      l.person.fullName,
      l.person.title,
      l.person.unit,
      l.person.phone ? displayPhone(l.person.phone) : '',
      l.shifts,
      l.nights,
      l.specialShifts,
      l.load,
      l.person.id,
    ]),
  });
  addTimesheetSheet(workbook, 'Bảng chấm công', timesheet(core), rule);
  addTableSheet(workbook, 'Loại ngày', dayKindTable(core));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
