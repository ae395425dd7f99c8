import { describe, expect, it } from 'vitest';
import { timesheet, totalMinutes } from '../../../shared/export/timesheet';
import { rosteredTetPlan } from './helpers';

describe('timesheet', () => {
  const plan = rosteredTetPlan();
  const sheet = timesheet(plan);

  it('splits a night shift at 06:00 and 22:00 and by the days off', () => {
    // The 13/02 22:00–06:00 shift: 13/02 is a working day (days off start 14/02), 14/02 is off.
    const seat = plan.assignments.find((a) => a.seatId === '2026-02-13/dem/ky-thuat')!;
    const entry = sheet.find((e) => e.person.id === seat.staffId)!;
    const own = plan.assignments.filter((a) => a.staffId === seat.staffId);
    expect(entry.shifts).toBe(own.length);
    expect(entry.nightOrdinary).toBeGreaterThanOrEqual(120);
  });

  it('accounts for every minute of every filled seat', () => {
    const seatMinutes = sheet.reduce((n, e) => n + totalMinutes(e), 0);
    // 10 days of 3 seats around the clock, less the window's clipped edges: 13/02 17:00 → 23/02 07:30.
    const windowMinutes = (Date.parse('2026-02-23T07:30:00+07:00') - Date.parse('2026-02-13T17:00:00+07:00')) / 60_000;
    expect(seatMinutes).toBe(windowMinutes * 3);
    const night = sheet.reduce((n, e) => n + e.nightOrdinary + e.nightHoliday, 0);
    // Nights 13/02→23/02: 22:00–06:00 ten times, 8 h each, on three seats.
    expect(night).toBe(10 * 8 * 60 * 3);
    const ordinary = sheet.reduce((n, e) => n + e.dayOrdinary + e.nightOrdinary, 0);
    // Outside the days off (14–22/02): 13/02 17:00–24:00 and 23/02 00:00–07:30.
    expect(ordinary).toBe((7 * 60 + 7 * 60 + 30) * 3);
    expect(sheet.reduce((n, e) => n + e.standby, 0)).toBe(windowMinutes);
  });
});
