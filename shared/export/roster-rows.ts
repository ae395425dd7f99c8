import { formatLunarDayShort } from '../calendar/lunar-format';
import { solarToLunar } from '../calendar/lunar';
import { formatDate, formatWeekday } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import { displayPhone } from '../staff/phone';
import { epochToVn } from '../time/zone';
import { rosterView } from './roster-view';
import { shiftNotes } from './shift-notes';

export const ROSTER_ROW_HEADER = [
  'Ngày',
  'Thứ',
  'Âm lịch',
  'Ca',
  'Bắt đầu',
  'Kết thúc',
  'Vị trí',
  'Hình thức',
  'Họ và tên',
  'Chức vụ',
  'Đơn vị',
  'Điện thoại',
  'Ghi chú',
  'Mã vị trí',
  'Mã cán bộ',
] as const;

const KIND = { onsite: 'Tại chỗ', standby: 'Trực chờ' } as const;
const wall = (epoch: number) => {
  const local = epochToVn(epoch);
  return `${formatDate(local.slice(0, 10))} ${local.slice(11, 16)}`;
};

/**
 * The roster as one row per seat, header first, every cell text: the spreadsheet and CSV form.
 * The seat and staff ids close the row so a file read back maps to the same assignments.
 */
export function rosterRows(core: PlanCore): string[][] {
  const rows = rosterView(core).flatMap(({ shift, seats }) => {
    const lunar = formatLunarDayShort(solarToLunar(shift.date));
    const notes = shiftNotes(core, shift).join(', ');
    return seats.map(({ seat, person }) => [
      formatDate(shift.date),
      formatWeekday(shift.date),
      lunar,
      shift.label,
      wall(shift.start),
      wall(shift.end),
      seat.label,
      KIND[seat.kind],
      person?.fullName ?? '',
      person?.title ?? '',
      person?.unit ?? '',
      person?.phone ? displayPhone(person.phone) : '',
      notes,
      seat.id,
      person?.id ?? '',
    ]);
  });
  return [[...ROSTER_ROW_HEADER], ...rows];
}
