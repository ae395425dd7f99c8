import ExcelJS from 'exceljs';
import type { PlanCore } from '../../../shared/plan/schema';
import { personLoads } from '../../../shared/export/person-loads';
import { rosterRows } from '../../../shared/export/roster-rows';
import { timesheet, totalMinutes, type TimesheetEntry } from '../../../shared/export/timesheet';
import { displayPhone } from '../../../shared/staff/phone';

type Cell = string | number;

const round2 = (n: number) => Math.round(n * 100) / 100;
const hours = (minutes: number) => round2(minutes / 60);

/**
 * A sheet with a bold frozen header. Text cells are typed text ('@'): phones keep their 0 and a
 * name starting with "=" stays a name. Numbers (hours, counts) stay numbers for payroll formulas.
 */
export function addSheet(workbook: ExcelJS.Workbook, name: string, rows: Cell[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = rows[0] ?? [];
  sheet.columns = header.map((_, i) => ({ width: Math.min(40, Math.max(...rows.map((r) => String(r[i] ?? '').length)) + 2) }));
  for (const values of rows) {
    sheet.addRow(values).eachCell((cell) => {
      cell.numFmt = typeof cell.value === 'number' ? '0.##' : '@';
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

export const TIMESHEET_HEADER = [
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Số ca',
  'Giờ ngày thường — ban ngày',
  'Giờ ngày thường — ban đêm (22:00–06:00)',
  'Giờ ngày nghỉ lễ, Tết — ban ngày',
  'Giờ ngày nghỉ lễ, Tết — ban đêm',
  'Tổng số giờ',
  'Trong đó trực chờ',
  'Mã cán bộ',
];

export function timesheetRow(e: TimesheetEntry): Cell[] {
  return [e.person.fullName, e.person.title, e.person.unit, e.shifts, ...[e.dayOrdinary, e.nightOrdinary, e.dayHoliday, e.nightHoliday, totalMinutes(e), e.standby].map(hours), e.person.id];
}

/** The roster workbook: by day and shift, by person with loads, and the timesheet overtime and holiday pay are computed from (Labour Code Art. 98, 106). */
export async function rosterXlsx(core: PlanCore): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lịch Trực';
  addSheet(workbook, 'Theo ngày và ca', rosterRows(core));
  addSheet(workbook, 'Theo cán bộ', [
    ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Số ca', 'Ca đêm', 'Ca Giao thừa, Mùng 1–3', 'Tải trọng (trọng số)', 'Thời gian có mặt (%)', 'Tải theo thời gian có mặt', 'Mã cán bộ'],
    ...personLoads(core).map((l) => [
      l.person.fullName,
      l.person.title,
      l.person.unit,
      l.person.phone ? displayPhone(l.person.phone) : '',
      l.shifts,
      l.nights,
      l.specialShifts,
      round2(l.load),
      Math.round(l.availability * 100),
      round2(l.relativeLoad),
      l.person.id,
    ]),
  ]);
  addSheet(workbook, 'Bảng chấm công', [TIMESHEET_HEADER, ...timesheet(core).map(timesheetRow)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
