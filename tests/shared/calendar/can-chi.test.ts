import { describe, expect, it } from 'vitest';
import { yearName } from '../../../shared/calendar/can-chi';
import { solarToLunar } from '../../../shared/calendar/lunar';
import { formatLunarDay, formatLunarDayShort } from '../../../shared/calendar/lunar-format';

describe('Can Chi year names', () => {
  it.each([
    [2020, 'Canh Tý'],
    [2024, 'Giáp Thìn'],
    [2025, 'Ất Tỵ'],
    [2026, 'Bính Ngọ'],
    [2027, 'Đinh Mùi'],
    [1900, 'Canh Tý'],
    [1968, 'Mậu Thân'],
    [1975, 'Ất Mão'],
    [2100, 'Canh Thân'],
  ])('%i is %s', (year, name) => {
    expect(yearName(year)).toBe(name);
  });

  it('changes at Tết, not on 1 January', () => {
    expect(yearName(solarToLunar('2026-01-10').year)).toBe('Ất Tỵ');
    expect(yearName(solarToLunar('2026-02-16').year)).toBe('Ất Tỵ');
    expect(yearName(solarToLunar('2026-02-17').year)).toBe('Bính Ngọ');
  });
});

describe('lunar dates in Vietnamese', () => {
  it.each([
    [{ day: 1, month: 1, leap: false }, 'Mùng 1 tháng Giêng', '1/1'],
    [{ day: 15, month: 8, leap: false }, '15 tháng 8', '15/8'],
    [{ day: 3, month: 3, leap: false }, 'Mùng 3 tháng 3', '3/3'],
    [{ day: 10, month: 3, leap: false }, 'Mùng 10 tháng 3', '10/3'],
    [{ day: 11, month: 1, leap: false }, '11 tháng Giêng', '11/1'],
    [{ day: 30, month: 12, leap: false }, '30 tháng Chạp', '30/12'],
    [{ day: 2, month: 4, leap: true }, 'Mùng 2 tháng 4 nhuận', '2/4 nhuận'],
  ])('%o is "%s" / "%s"', (date, long, short) => {
    expect(formatLunarDay(date)).toBe(long);
    expect(formatLunarDayShort(date)).toBe(short);
  });
});
