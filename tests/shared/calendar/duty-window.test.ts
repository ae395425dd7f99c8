import { describe, expect, it } from 'vitest';
import { dutyWindowFor } from '../../../shared/calendar/duty-window';
import { holidayOf } from '../../../shared/calendar/holidays';
import { planTitleFor } from '../../../shared/calendar/plan-title';
import { DutyWindow } from '../../../shared/plan/schema';

describe('duty windows', () => {
  it.each([
    [2026, 'tet-nguyen-dan', '2026-02-13T17:00', '2026-02-23T07:30'],
    [2026, 'tet-duong-lich', '2025-12-31T17:00', '2026-01-05T07:30'],
    [2024, 'tet-duong-lich', '2023-12-29T17:00', '2024-01-02T07:30'],
    [2024, '30-4-1-5', '2024-04-26T17:00', '2024-05-02T07:30'],
    [2025, '30-4-1-5', '2025-04-29T17:00', '2025-05-05T07:30'],
    [2023, 'gio-to', '2023-04-28T17:00', '2023-05-04T07:30'],
    [2026, 'quoc-khanh', '2026-08-28T17:00', '2026-09-03T07:30'],
    [2027, 'tet-nguyen-dan', '2027-02-03T17:00', '2027-02-11T07:30'],
  ] as const)('%i %s runs %s → %s', (year, key, start, end) => {
    const window = dutyWindowFor(holidayOf(year, key));
    expect(window).toEqual({ start, end });
    expect(DutyWindow.parse(window)).toEqual(window);
  });

  it('uses the workday hours it is given', () => {
    expect(dutyWindowFor(holidayOf(2026, 'tet-nguyen-dan'), { endOfWorkday: '16:30', startOfWorkday: '08:00' })).toEqual({
      start: '2026-02-13T16:30',
      end: '2026-02-23T08:00',
    });
  });

  it('counts a repaid Saturday as a working day, for a period the user edited', () => {
    // 2025: Saturday 26/4 was worked to repay Friday 2/5.
    const edited = { ...holidayOf(2025, '30-4-1-5'), daysOff: { first: '2025-04-27', last: '2025-05-04' } };
    expect(dutyWindowFor(edited).start).toBe('2025-04-26T17:00');
  });

  it('runs on through the days off of an adjoining holiday', () => {
    // Cut to Saturday 29/4, the 2023 Giỗ Tổ period still runs into the 30/4–1/5 days off (to Wed 3/5).
    const edited = { ...holidayOf(2023, 'gio-to'), daysOff: { first: '2023-04-29', last: '2023-04-29' } };
    expect(dutyWindowFor(edited).end).toBe('2023-05-04T07:30');
  });
});

describe('plan titles', () => {
  it.each([
    [2026, 'tet-nguyen-dan', 'Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026'],
    [2027, 'tet-nguyen-dan', 'Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Đinh Mùi 2027'],
    [2026, 'quoc-khanh', 'Trực bảo đảm an toàn thông tin mạng dịp Quốc khánh 2/9/2026'],
    [2026, 'tet-duong-lich', 'Trực bảo đảm an toàn thông tin mạng dịp Tết Dương lịch 2026'],
    [2026, '30-4-1-5', 'Trực bảo đảm an toàn thông tin mạng dịp Lễ 30/4 và 1/5/2026'],
    [2026, 'gio-to', 'Trực bảo đảm an toàn thông tin mạng dịp Giỗ Tổ Hùng Vương 2026'],
  ] as const)('%i %s: %s', (year, key, title) => {
    expect(planTitleFor(holidayOf(year, key))).toBe(title);
  });
});
