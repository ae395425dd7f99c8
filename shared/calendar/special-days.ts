import type { SpecialDay, SpecialDayKind } from '../plan/schema';
import { addDays, type LocalDate } from '../time/local';
import { holidaysOfYear, type Holiday } from './holidays';
import { lunarToSolar, MAX_YEAR, MIN_YEAR, tetDate } from './lunar';

const KIND_ORDER: readonly SpecialDayKind[] = ['giao-thua', 'mung-1', 'mung-2', 'mung-3', 'gio-to', 'holiday'];

function yearsOverlapping(from: LocalDate, to: LocalDate): number[] {
  const years: number[] = [];
  const last = Math.min(Number(to.slice(0, 4)), MAX_YEAR);
  for (let year = Math.max(Number(from.slice(0, 4)), MIN_YEAR); year <= last; year++) years.push(year);
  return years;
}

/** Giao thừa, Mùng 1–3 and Giỗ Tổ of a lunar year; all fall in the solar year of the same number. */
function lunarDaysOf(year: number): SpecialDay[] {
  const tet = tetDate(year);
  return [
    // The night of the year's last day into Mùng 1 is marked on that last day.
    { date: addDays(tet, -1), kind: 'giao-thua', label: 'Giao thừa' },
    { date: tet, kind: 'mung-1', label: 'Mùng 1 Tết' },
    { date: addDays(tet, 1), kind: 'mung-2', label: 'Mùng 2 Tết' },
    { date: addDays(tet, 2), kind: 'mung-3', label: 'Mùng 3 Tết' },
    { date: lunarToSolar(year, 3, 10), kind: 'gio-to', label: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
  ];
}

/** One 'holiday' mark per day off; holidays sharing a period (2023) share the mark. */
function holidayDays(holidays: Holiday[]): SpecialDay[] {
  const names = new Map<LocalDate, string[]>();
  for (const { daysOff, name } of holidays) {
    for (let day = daysOff.first; day <= daysOff.last; day = addDays(day, 1)) {
      names.set(day, [...(names.get(day) ?? []), name]);
    }
  }
  return [...names].map(([date, list]) => ({ date, kind: 'holiday', label: `Nghỉ ${list.join(', ')}` }));
}

/**
 * The days a roster marks between two dates (inclusive), sorted by date. Holiday periods default to
 * those of holidaysOfYear; pass the plan's own (possibly edited) periods instead when there are any.
 */
export function specialDaysBetween(from: LocalDate, to: LocalDate, holidays?: Holiday[]): SpecialDay[] {
  // A week's margin catches a Tết Dương lịch period that starts in the previous December.
  const years = yearsOverlapping(addDays(from, -7), addDays(to, 7));
  const periods = holidays ?? years.flatMap((year) => holidaysOfYear(year));
  return [...years.flatMap(lunarDaysOf), ...holidayDays(periods)]
    .filter((d) => d.date >= from && d.date <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}
