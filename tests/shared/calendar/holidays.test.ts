import { describe, expect, it } from 'vitest';
import { holidayOf, holidaysOfYear, toHolidayRef } from '../../../shared/calendar/holidays';
import { OFFICIAL_PERIODS } from '../../../shared/calendar/official-periods';
import { AppError } from '../../../shared/errors/app-error';
import { HolidayRef } from '../../../shared/plan/schema';
import { LocalDate, weekdayOf } from '../../../shared/time/local';

const OFFICIAL_YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
const period = (first: string, last: string) => ({ first, last });

describe('official periods 2020–2026', () => {
  it('come from the table, marked official, with the announced swaps', () => {
    for (const year of OFFICIAL_YEARS) {
      const holidays = holidaysOfYear(year);
      expect(holidays.map((h) => h.key)).toEqual(['tet-duong-lich', 'tet-nguyen-dan', 'gio-to', '30-4-1-5', 'quoc-khanh']);
      for (const h of holidays) {
        const announced = OFFICIAL_PERIODS[year]![h.key]!;
        expect(h.status).toBe('official');
        expect(h.daysOff).toEqual(period(announced.first, announced.last));
        expect(h.swaps).toEqual(announced.swaps ?? []);
      }
    }
  });

  it('match vn-holidays.md', () => {
    const tet = OFFICIAL_YEARS.map((y) => holidayOf(y, 'tet-nguyen-dan').daysOff);
    expect(tet).toEqual([
      period('2020-01-23', '2020-01-29'),
      period('2021-02-10', '2021-02-16'),
      period('2022-01-29', '2022-02-06'),
      period('2023-01-20', '2023-01-26'),
      period('2024-02-08', '2024-02-14'),
      period('2025-01-25', '2025-02-02'),
      period('2026-02-14', '2026-02-22'),
    ]);
    expect(holidayOf(2023, 'gio-to').daysOff).toEqual(holidayOf(2023, '30-4-1-5').daysOff);
    expect(holidayOf(2024, '30-4-1-5').swaps).toEqual([{ off: '2024-04-29', worked: '2024-05-04' }]);
    expect(holidayOf(2025, '30-4-1-5').swaps).toEqual([{ off: '2025-05-02', worked: '2025-04-26' }]);
    expect(holidayOf(2026, 'tet-duong-lich').swaps).toEqual([{ off: '2026-01-02', worked: '2026-01-10' }]);
    expect(holidayOf(2026, 'quoc-khanh').swaps).toEqual([{ off: '2026-08-31', worked: '2026-08-22' }]);
  });

  it('swap a weekday off for a Saturday worked', () => {
    for (const year of OFFICIAL_YEARS) {
      for (const { swaps } of holidaysOfYear(year)) {
        for (const swap of swaps) {
          expect([1, 2, 3, 4, 5]).toContain(weekdayOf(swap.off));
          expect(weekdayOf(swap.worked)).toBe(6);
        }
      }
    }
  });
});

describe('what the law alone proposes', () => {
  const lawOnly = (year: number) => holidaysOfYear(year, {});

  it('reproduces all seven announced Tết periods 2020–2026', () => {
    for (const year of OFFICIAL_YEARS) {
      expect(lawOnly(year)[1]!.daysOff).toEqual(holidayOf(year, 'tet-nguyen-dan').daysOff);
    }
  });

  it('reproduces 30 of the 35 announced periods; the others hold a swap or predate the 2019 Code', () => {
    const differing = OFFICIAL_YEARS.flatMap((year) =>
      holidaysOfYear(year)
        .filter((h, i) => JSON.stringify(h.daysOff) !== JSON.stringify(lawOnly(year)[i]!.daysOff))
        .map((h) => `${year} ${h.key}`),
    );
    expect(differing).toEqual(['2020 quoc-khanh', '2024 30-4-1-5', '2025 30-4-1-5', '2026 tet-duong-lich', '2026 quoc-khanh']);
  });

  it('gives 2027 sane periods, all marked proposed', () => {
    const holidays = holidaysOfYear(2027);
    expect(holidays.every((h) => h.status === 'proposed' && h.swaps.length === 0 && h.note?.code === 'calendar.note.proposed')).toBe(true);
    expect(holidays.map((h) => [h.key, h.daysOff])).toEqual([
      ['tet-duong-lich', period('2027-01-01', '2027-01-03')], // Friday, joined to the weekend
      ['tet-nguyen-dan', period('2027-02-04', '2027-02-10')], // Tết on Saturday 6/2
      ['gio-to', period('2027-04-16', '2027-04-18')], // 10/3 on a Friday
      ['30-4-1-5', period('2027-04-30', '2027-05-03')], // 1/5 on Saturday, taken on Monday 3/5
      ['quoc-khanh', period('2027-09-02', '2027-09-05')], // Thursday 2/9 with Friday 3/9
    ]);
    expect(holidays[1]!.legalDays).toEqual(['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  });

  it('takes a legal day on a weekend on the next working day and joins weekends', () => {
    const h2028 = holidaysOfYear(2028); // 1/1/2028 is a Saturday
    expect(h2028[0]!.daysOff).toEqual(period('2028-01-01', '2028-01-03'));
    const h2029 = holidaysOfYear(2029); // 2/9/2029 is a Sunday: 1/9 and 2/9 on the weekend, then Mon+Tue
    expect(h2029[4]!.daysOff).toEqual(period('2029-09-01', '2029-09-04'));
  });

  it('gives every year 1900–2100 five valid periods that hold their legal days', () => {
    for (let year = 1900; year <= 2100; year++) {
      for (const h of holidaysOfYear(year)) {
        expect(LocalDate.safeParse(h.daysOff.first).success && LocalDate.safeParse(h.daysOff.last).success).toBe(true);
        for (const day of h.legalDays) expect(day >= h.daysOff.first && day <= h.daysOff.last).toBe(true);
      }
    }
  });

  it('rejects years outside 1900–2100', () => {
    expect(() => holidaysOfYear(1899)).toThrow(AppError);
    expect(() => holidaysOfYear(2101)).toThrow(/1900–2100/);
  });
});

it('turns a holiday into the HolidayRef a plan keeps', () => {
  const ref = toHolidayRef(holidayOf(2026, 'tet-nguyen-dan'));
  expect(HolidayRef.parse(ref)).toEqual({
    key: 'tet-nguyen-dan',
    year: 2026,
    name: 'Tết Nguyên đán',
    official: true,
    daysOff: period('2026-02-14', '2026-02-22'),
  });
});
