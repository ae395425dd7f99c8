import { formatLunarDayShort } from '../calendar/lunar-format';
import { solarToLunar } from '../calendar/lunar';
import { formatWeekday } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import { displayPhone } from '../staff/phone';
import { epochToVn } from '../time/zone';
import { rosterView } from './roster-view';
import { SEAT_KIND_WORDS } from './seat-kind-words';
import type { SheetColumn, SheetTable } from './sheet-table';
import { shiftNotes } from './shift-notes';

const COLUMNS: SheetColumn[] = [
  { header: 'Ngày', type: 'date' },
  { header: 'Thứ', type: 'text' },
  { header: 'Âm lịch', type: 'text' },
  { header: 'Ca', type: 'text' },
  { header: 'Bắt đầu', type: 'datetime' },
  { header: 'Kết thúc', type: 'datetime' },
  { header: 'Số giờ', type: 'hours' },
  { header: 'Vị trí', type: 'text' },
  { header: 'Hình thức', type: 'text' },
  { header: 'Họ và tên', type: 'text' },
  { header: 'Chức vụ', type: 'text' },
  { header: 'Đơn vị', type: 'text' },
  { header: 'Điện thoại', type: 'text' },
  { header: 'Ghi chú', type: 'text' },
  { header: 'Mã vị trí', type: 'text' },
  { header: 'Mã cán bộ', type: 'text' },
];

const wall = (epoch: number) => epochToVn(epoch).slice(0, 16);

/**
 * The roster as one row per seat: the spreadsheet and CSV form. The seat and staff ids close the
 * row so a file read back maps to the same assignments.
 */
export function rosterRows(core: PlanCore): SheetTable {
  const rows = rosterView(core).flatMap(({ shift, seats }) => {
    const lunar = formatLunarDayShort(solarToLunar(shift.date));
    const notes = shiftNotes(core, shift).join(', ');
    return seats.map(({ seat, person }) => [
      shift.date,
      formatWeekday(shift.date),
      lunar,
      shift.label,
      wall(shift.start),
      wall(shift.end),
      (shift.end - shift.start) / 3_600_000,
      seat.label,
      SEAT_KIND_WORDS[seat.kind].short,
      person?.fullName ?? '',
      person?.title ?? '',
      person?.unit ?? '',
      person?.phone ? displayPhone(person.phone) : '',
      notes,
      seat.id,
      person?.id ?? '',
    ]);
  });
  return { columns: COLUMNS, rows };
}
