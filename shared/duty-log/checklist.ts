import { DUTY_LOG_SCHEMA_VERSION, type CheckItem, type DutyLog } from './schema';

/**
 * What the official letters on holiday cyber-security duty ask each shift to look at. A plan's log
 * starts with these; the IT head adds, renames or retires items during the holiday.
 */
export const DEFAULT_CHECKLIST: readonly Pick<CheckItem, 'id' | 'label'>[] = [
  { id: 'soc', label: 'Màn hình giám sát an toàn thông tin tập trung (SOC)' },
  { id: 'malware', label: 'Hệ thống phòng chống mã độc tập trung' },
  { id: 'portal', label: 'Cổng/trang thông tin điện tử hoạt động bình thường, không bị thay đổi giao diện' },
  { id: 'backup', label: 'Sao lưu dữ liệu đã thực hiện' },
  { id: 'alerts', label: 'Bản vá, cảnh báo của cơ quan chức năng (NCSC, VNCERT/CC) đã xem xét' },
  { id: 'botnet', label: 'Danh sách địa chỉ IP botnet, mã độc đã rà soát' },
];

/** A log nothing has been written in yet: the default checklist, owed from the first shift. */
export function emptyDutyLog(planId: string, now: string): DutyLog {
  return {
    schemaVersion: DUTY_LOG_SCHEMA_VERSION,
    planId,
    checklist: DEFAULT_CHECKLIST.map((item) => ({ ...item, since: null, retiredAt: null })),
    shifts: [],
    incidents: [],
    people: [],
    updatedAt: now,
  };
}

/** Whether a shift [start, end) owes an item: it was on the checklist at some time during the shift. */
export function owedDuring(item: CheckItem, start: number, end: number): boolean {
  const since = item.since === null ? -Infinity : Date.parse(item.since);
  const until = item.retiredAt === null ? Infinity : Date.parse(item.retiredAt);
  return since < end && until > start;
}
