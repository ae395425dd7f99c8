import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../../shared/calendar/epoch-day';
import { leapMonthOf, lunarMonthLength, lunarToSolar, solarToLunar, tetDate } from '../../../shared/calendar/lunar';
import { AppError } from '../../../shared/errors/app-error';
import { say } from '../../../shared/i18n';

const tetRows = readFileSync(new URL('../../fixtures/tet_dates_1900_2100.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([year, date]) => ({ year: Number(year), date: date! }));

describe('Tết, lunar 1/1', () => {
  it('matches the reference date of every year 1900–2100', () => {
    expect(tetRows).toHaveLength(201);
    const mismatches = tetRows.filter(({ year, date }) => lunarToSolar(year, 1, 1) !== date || tetDate(year) !== date);
    expect(mismatches).toEqual([]);
    for (const { year, date } of tetRows) expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  // The Chinese (UTC+8) calendar puts Tết on another day in these years; in 1985 a whole month later.
  it.each([
    [1968, '1968-01-29', '1968-01-30', { day: 2, month: 1 }],
    [1969, '1969-02-16', '1969-02-17', { day: 2, month: 1 }],
    [1985, '1985-01-21', '1985-02-20', { day: 1, month: 2 }],
    [2007, '2007-02-17', '2007-02-18', { day: 2, month: 1 }],
    [2030, '2030-02-02', '2030-02-03', { day: 2, month: 1 }],
    [2053, '2053-02-18', '2053-02-19', { day: 2, month: 1 }],
  ])('%i follows the Vietnamese calendar (%s), not the Chinese one (%s)', (year, vietnamese, chinese, there) => {
    expect(tetRows.find((r) => r.year === year)!.date).toBe(vietnamese);
    expect(tetDate(year)).toBe(vietnamese);
    expect(solarToLunar(chinese)).toEqual({ ...there, year, leap: false });
  });
});

describe('solar → lunar → solar', () => {
  it('round-trips every day from Tết 1900 (1900-01-31) to 2100-12-31, one lunar day at a time', () => {
    const first = toEpochDay('1900-01-31');
    const last = toEpochDay('2100-12-31');
    let previous = solarToLunar('1900-01-30');
    for (let day = first; day <= last; day++) {
      const date = fromEpochDay(day);
      const lunar = solarToLunar(date);
      const back = lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap);
      if (back !== date) expect.fail(`${date} → ${JSON.stringify(lunar)} → ${back}`);
      if (lunar.day !== previous.day + 1 && lunar.day !== 1) expect.fail(`${date} skips from day ${previous.day} to ${lunar.day}`);
      previous = lunar;
    }
    expect(last - first + 1).toBe(73_384);
  });

  it('gives January 1900, before Tết 1900, to lunar year 1899', () => {
    expect(solarToLunar('1900-01-01')).toEqual({ day: 1, month: 12, year: 1899, leap: false });
    expect(solarToLunar('1900-01-30')).toEqual({ day: 30, month: 12, year: 1899, leap: false });
  });

  it('knows well-known dates', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
    expect(lunarToSolar(2026, 3, 10)).toBe('2026-04-26'); // Giỗ Tổ 2026, a Sunday
    expect(lunarToSolar(2025, 8, 15)).toBe('2025-10-06'); // Tết Trung thu 2025
  });
});

describe('leap months', () => {
  it.each([
    [2017, 6],
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
    [2026, null],
    [2027, null],
  ])('lunar year %i: leap month %s', (year, leap) => {
    expect(leapMonthOf(year)).toBe(leap);
  });

  it('places leap month 6 of 2025 after month 6', () => {
    expect(lunarToSolar(2025, 6, 1)).toBe('2025-06-25');
    expect(lunarToSolar(2025, 6, 1, true)).toBe('2025-07-25');
    expect(solarToLunar('2025-08-23')).toEqual({ day: 1, month: 7, year: 2025, leap: false });
  });

  it('has 12 or 13 months of 29 or 30 days, 353–355 or 383–385 days a year', () => {
    for (let year = 1900; year <= 2100; year++) {
      const leap = leapMonthOf(year);
      let days = 0;
      for (let month = 1; month <= 12; month++) {
        days += lunarMonthLength(year, month);
        if (month === leap) days += lunarMonthLength(year, month, true);
      }
      expect(leap ? [383, 384, 385] : [353, 354, 355]).toContain(days);
    }
  });
});

/** The refusal of impossible input: a coded AppError, its reason said in each language on its own. */
function refusal(compute: () => unknown): { vi: string; en: string } {
  try {
    compute();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('INVALID_INPUT');
    const { reason } = error as AppError;
    return { vi: say('vi', reason), en: say('en', reason) };
  }
  throw new Error('accepted');
}

describe('impossible input', () => {
  it('rejects a day the lunar month does not have', () => {
    expect(lunarMonthLength(2025, 12)).toBe(29);
    expect(refusal(() => lunarToSolar(2025, 12, 30))).toEqual({
      vi: 'Ngày 30 tháng 12 năm 2025 âm lịch không tồn tại: tháng này có 29 ngày',
      en: 'Lunar month 12 of 2025 has 29 days, so day 30 does not exist',
    });
    expect(refusal(() => lunarToSolar(2025, 6, 30, true))).toEqual({
      vi: 'Ngày 30 tháng 6 nhuận năm 2025 âm lịch không tồn tại: tháng này có 29 ngày',
      en: 'Lunar leap month 6 of 2025 has 29 days, so day 30 does not exist',
    });
    expect(refusal(() => lunarToSolar(2026, 1, 0)).vi).toMatch(/^Ngày 0 tháng 1 năm 2026/);
  });

  it('rejects a leap month the year does not have', () => {
    expect(refusal(() => lunarToSolar(2026, 4, 1, true))).toEqual({
      vi: 'Năm âm lịch 2026 không có tháng 4 nhuận (năm này không có tháng nhuận)',
      en: 'Lunar year 2026 has no leap month 4 (it has none)',
    });
    expect(refusal(() => lunarToSolar(2025, 5, 1, true))).toEqual({
      vi: 'Năm âm lịch 2025 không có tháng 5 nhuận (năm này chỉ nhuận tháng 6)',
      en: 'Lunar year 2025 has no leap month 5 (its only leap month is 6)',
    });
    expect(refusal(() => lunarMonthLength(2025, 13))).toEqual({ vi: 'Tháng âm lịch 13 không tồn tại (1–12)', en: 'Lunar month 13 does not exist (1–12)' });
  });

  it('rejects years outside 1900–2100', () => {
    expect(refusal(() => lunarToSolar(1899, 1, 1))).toEqual({ vi: 'Năm 1899 nằm ngoài phạm vi hỗ trợ 1900–2100', en: 'Year 1899 is outside the supported range 1900–2100' });
    for (const compute of [() => lunarToSolar(2101, 1, 1), () => leapMonthOf(2101), () => solarToLunar('1899-12-31'), () => solarToLunar('2101-01-01')]) {
      expect(refusal(compute).en).toMatch(/^Year (1899|2101) is outside the supported range 1900–2100$/);
    }
  });

  it('rejects solar dates that do not exist', () => {
    expect(refusal(() => solarToLunar('2026-02-30'))).toEqual({ vi: 'Ngày không hợp lệ: "2026-02-30" (cần dạng YYYY-MM-DD)', en: 'Not a valid date: "2026-02-30" (expected YYYY-MM-DD)' });
    expect(refusal(() => solarToLunar('17/02/2026')).en).toBe('Not a valid date: "17/02/2026" (expected YYYY-MM-DD)');
  });
});
