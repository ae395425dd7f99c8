import { describe, expect, it } from 'vitest';
import { dutyWindowFor } from '../../../shared/calendar/duty-window';
import { holidayOf } from '../../../shared/calendar/holidays';
import { holidayPlanInput, nextHoliday, periodLength, specialDaysOfWindow } from '../../../shared/calendar/holiday-plan';
import { CreatePlanInput } from '../../../shared/api/plans';

describe('nextHoliday', () => {
  it('is the period under way or the next one, across the turn of the year', () => {
    expect(nextHoliday('2026-01-15')).toMatchObject({ key: 'tet-nguyen-dan', year: 2026 });
    expect(nextHoliday('2026-02-22')).toMatchObject({ key: 'tet-nguyen-dan', year: 2026 });
    expect(nextHoliday('2026-02-23')).toMatchObject({ key: 'gio-to', year: 2026 });
    expect(nextHoliday('2026-11-22')).toMatchObject({ key: 'tet-duong-lich', year: 2027 });
    expect(nextHoliday('2100-12-31')).toMatchObject({ key: 'quoc-khanh', year: 2100 });
  });
});

describe('holidayPlanInput', () => {
  it('makes a valid plan input for Tết 2026 with its title, window and special days', () => {
    const tet = holidayOf(2026, 'tet-nguyen-dan');
    const input = holidayPlanInput(tet, dutyWindowFor(tet));
    expect(CreatePlanInput.parse(input)).toEqual(input);
    expect(input.name).toBe('Trực bảo đảm an toàn thông tin mạng dịp Tết Nguyên đán Bính Ngọ 2026');
    expect(input.subject).toBe(input.name);
    expect(input.window).toEqual({ start: '2026-02-13T17:00', end: '2026-02-23T07:30' });
    expect(input.holiday).toMatchObject({ key: 'tet-nguyen-dan', year: 2026, official: true });
    expect(input.specialDays?.filter((d) => d.kind !== 'holiday')).toEqual([
      { date: '2026-02-16', kind: 'giao-thua', label: 'Giao thừa' },
      { date: '2026-02-17', kind: 'mung-1', label: 'Mùng 1 Tết' },
      { date: '2026-02-18', kind: 'mung-2', label: 'Mùng 2 Tết' },
      { date: '2026-02-19', kind: 'mung-3', label: 'Mùng 3 Tết' },
    ]);
    expect(holidayPlanInput(tet, dutyWindowFor(tet), 'Trực Tết').name).toBe('Trực Tết');
  });

  it('marks the days an edited window touches', () => {
    expect(specialDaysOfWindow({ start: '2026-02-16T17:00', end: '2026-02-17T07:30' }).map((d) => d.kind)).toEqual(['giao-thua', 'holiday', 'mung-1', 'holiday']);
  });
});

describe('periodLength', () => {
  it('counts both ends', () => {
    expect(periodLength({ first: '2026-02-14', last: '2026-02-22' })).toBe(9);
    expect(periodLength({ first: '2025-12-31', last: '2026-01-01' })).toBe(2);
  });
});
