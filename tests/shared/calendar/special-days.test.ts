import { describe, expect, it } from 'vitest';
import { holidayOf } from '../../../shared/calendar/holidays';
import { specialDaysBetween } from '../../../shared/calendar/special-days';
import { SpecialDay } from '../../../shared/plan/schema';

const brief = (days: SpecialDay[]) => days.map((d) => `${d.date} ${d.kind} ${d.label}`);

describe('special days', () => {
  it('marks Tết 2026: Giao thừa on 16/2, Mùng 1–3 on 17–19/2, every day off', () => {
    const days = specialDaysBetween('2026-02-13', '2026-02-23');
    for (const day of days) expect(SpecialDay.parse(day)).toEqual(day);
    expect(brief(days.filter((d) => d.kind !== 'holiday'))).toEqual(['2026-02-16 giao-thua Giao thừa', '2026-02-17 mung-1 Mùng 1 Tết', '2026-02-18 mung-2 Mùng 2 Tết', '2026-02-19 mung-3 Mùng 3 Tết']);
    const off = days.filter((d) => d.kind === 'holiday');
    expect(off.map((d) => d.date)).toEqual(['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22']);
    expect(off[0]!.label).toBe('Nghỉ Tết Nguyên đán');
    expect(days.findIndex((d) => d.kind === 'giao-thua')).toBeLessThan(days.findIndex((d) => d.date === '2026-02-16' && d.kind === 'holiday'));
  });

  it('puts Giao thừa on 29 Chạp when the twelfth month is short (Tết 2023 on 22/1)', () => {
    expect(specialDaysBetween('2023-01-01', '2023-01-31').find((d) => d.kind === 'giao-thua')?.date).toBe('2023-01-21');
  });

  it('marks Giỗ Tổ on 10/3 lunar, and joined periods once per day under both names', () => {
    expect(brief(specialDaysBetween('2026-04-26', '2026-04-26'))).toEqual(['2026-04-26 gio-to Giỗ Tổ Hùng Vương (10/3 âm lịch)', '2026-04-26 holiday Nghỉ Giỗ Tổ Hùng Vương']);
    expect(brief(specialDaysBetween('2023-05-02', '2023-05-02'))).toEqual(['2023-05-02 holiday Nghỉ Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Quốc tế Lao động']);
  });

  it('catches a Tết Dương lịch period that starts in December', () => {
    expect(brief(specialDaysBetween('2023-12-30', '2023-12-31'))).toEqual(['2023-12-30 holiday Nghỉ Tết Dương lịch', '2023-12-31 holiday Nghỉ Tết Dương lịch']);
  });

  it("uses the plan's own periods when given", () => {
    const edited = { ...holidayOf(2026, 'tet-nguyen-dan'), daysOff: { first: '2026-02-16', last: '2026-02-17' } };
    const days = specialDaysBetween('2026-02-13', '2026-02-23', [edited]);
    expect(days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17']);
    expect(days.filter((d) => d.kind !== 'holiday')).toHaveLength(4);
  });

  it('returns nothing for an ordinary week', () => {
    expect(specialDaysBetween('2026-03-09', '2026-03-13')).toEqual([]);
  });
});
