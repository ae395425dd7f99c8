import { formatEpoch } from '../i18n/dates';
import { translate, type MessageKey } from '../i18n';
import type { PlanCore } from '../plan/schema';
import { epochToVn } from '../time/zone';
import { currentStatus, incidentCode } from './incidents';
import { peopleOf } from './logged-plan';
import type { DutyLog, SeatRecord } from './schema';
import type { ActualSeat } from './actual-roster';
import type { ShiftPageView } from './shift-page';

/**
 * The duty log as tables of text, header first: the one source of the spreadsheet and the printed
 * log, so both say the same. Times are Vietnam wall-clock, dd/MM/yyyy HH:mm.
 */
export const wallTime = formatEpoch;
const at = (iso: string | null) => (iso ? wallTime(Date.parse(iso)) : '');
const shiftName = (page: ShiftPageView) => `${page.shift.label} ${wallTime(page.shift.start)}–${epochToVn(page.shift.end).slice(11, 16)}`;

/** The state a seat is read as: unconfirmed once its shift has ended with nothing recorded, unfilled when nobody was planned. */
export function seatStateKey(seat: Pick<ActualSeat, 'state' | 'planned'>, ended: boolean): MessageKey {
  if (seat.state !== 'expected') return `dutyLog.state.${seat.state}`;
  if (seat.planned === null) return 'dutyLog.state.unfilled';
  return ended ? 'dutyLog.state.unconfirmed' : 'dutyLog.state.expected';
}

export interface LogTables {
  attendance: string[][];
  checks: string[][];
  incidents: string[][];
  notes: string[][];
}

/** The tables in Vietnamese: they are the unit's record, like the printed roster. */
export function logTables(core: PlanCore, log: DutyLog, pages: readonly ShiftPageView[]): LogTables {
  const t = (key: MessageKey) => translate('vi', key);
  const people = peopleOf(core, log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : '');
  const recordRow = (page: ShiftPageView, r: SeatRecord, seatLabel: string, state: string) => [
    shiftName(page),
    seatLabel,
    name(r.plannedStaffId),
    name(r.staffId),
    state,
    at(r.checkedInAt),
    r.reason,
    page.shift.id,
  ];

  const attendance = [
    ['Ca', 'Vị trí', 'Theo lịch', 'Thực tế', 'Tình trạng', 'Giờ có mặt', 'Lý do', 'Mã ca'],
    ...pages.flatMap((page) => [
      ...page.seats.map((s) => [
        shiftName(page),
        s.seat.label || s.seat.role,
        name(s.planned),
        name(s.actual),
        t(seatStateKey(s, page.timing === 'past')),
        at(s.checkedInAt),
        s.record?.reason ?? '',
        page.shift.id,
      ]),
      ...page.vanishedSeats.map((r) => recordRow(page, r, `${r.seatLabel || r.role} (không còn trong kế hoạch)`, t(`dutyLog.state.${r.status}`))),
    ]),
  ];

  const checks = [
    ['Ca', 'Mục kiểm tra', 'Đã kiểm tra lúc', 'Ghi chú', 'Mã ca'],
    ...pages
      .filter((p) => p.timing !== 'future')
      .flatMap((page) => page.checks.map(({ item, tick }) => [shiftName(page), item.label, tick ? at(tick.at) : 'CHƯA KIỂM TRA', tick?.note ?? '', page.shift.id])),
  ];

  const incidents = [
    ['Số', 'Phát hiện lúc', 'Hệ thống', 'Loại', 'Mức độ', 'Mô tả', 'Xử lý', 'Đã báo', 'Tình trạng'],
    ...[...log.incidents]
      .sort((a, b) => a.number - b.number)
      .map((i) => [
        incidentCode(i),
        at(i.foundAt),
        i.system,
        t(`dutyLog.kind.${i.kind}`),
        t(`dutyLog.severity.${i.severity}`),
        i.description,
        i.actions.map((a) => `${at(a.at)}: ${a.text}`).join('\n'),
        i.notified.map((n) => `${n.contact} (${at(n.at)})${n.note ? ` — ${n.note}` : ''}`).join('\n'),
        `${t(`dutyLog.status.${currentStatus(i)}`)} (${at(i.statusHistory.at(-1)!.at)})`,
      ]),
  ];

  const notes = [
    ['Ca', 'Thời điểm', 'Loại', 'Nội dung', 'Ký'],
    ...pages.flatMap((page) => [
      ...page.notes.map((n) => [shiftName(page), at(n.at), 'Ghi chép', n.text, '']),
      ...(page.handover
        ? [[shiftName(page), at(page.handover.writtenAt), 'Bàn giao', page.handover.text, page.handover.signedOff ? `${page.handover.signedOff.name} (${at(page.handover.signedOff.at)})` : 'CHƯA KÝ']]
        : []),
    ]),
  ];
  return { attendance, checks, incidents, notes };
}
