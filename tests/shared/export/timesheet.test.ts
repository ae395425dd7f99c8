import { describe, expect, it } from 'vitest';
import { dayKindsOf, type DayKind } from '../../../shared/calendar/day-kind';
import { timesheet, totalMinutes, weightedHours } from '../../../shared/export/timesheet';
import { vnToEpoch } from '../../../shared/time/zone';
import { defaultPayRule, PAY_CLASSES, type PayClass } from '../../../shared/settings/pay-rule';
import type { Plan } from '../../../shared/plan/schema';
import { rosteredTetPlan } from './helpers';

/**
 * Tết Bính Ngọ 2026 by hand, from the Labour Code and the calendar: the period off is 14–22/02;
 * Tết (Mùng 1) is Tuesday 17/02, so the five Tết days of Art. 112 are 15/02 (28 Tết, a Sunday)
 * to 19/02 (Mùng 3); 15/02 took a weekly rest day, given back on the next working day, Friday
 * 20/02 (Art. 111(3)); 14, 21 and 22/02 are Saturdays and Sundays.
 */
const TET_2026: Record<string, DayKind> = {
  '2026-02-13': 'working',
  '2026-02-14': 'weekly-rest',
  '2026-02-15': 'holiday',
  '2026-02-16': 'holiday',
  '2026-02-17': 'holiday',
  '2026-02-18': 'holiday',
  '2026-02-19': 'holiday',
  '2026-02-20': 'compensatory',
  '2026-02-21': 'weekly-rest',
  '2026-02-22': 'weekly-rest',
  '2026-02-23': 'working',
};

const MINUTE = 60_000;
const VN_OFFSET = 7 * 60 * MINUTE;

/** Each minute of each filled seat classed on its own: no cutting at 06:00, 22:00 or midnight to get wrong. */
function minuteByMinute(plan: Plan, kinds: Record<string, DayKind>): Map<string, Record<PayClass, number>> {
  const out = new Map<string, Record<PayClass, number>>();
  for (const { seatId, staffId } of plan.assignments) {
    const [date, templateId] = seatId.split('/');
    const template = plan.pattern.shifts.find((s) => s.id === templateId)!;
    let start = vnToEpoch(`${date}T${template.start}`);
    let end = vnToEpoch(`${date}T${template.end}`);
    if (end <= start) end += 24 * 60 * MINUTE;
    start = Math.max(start, vnToEpoch(plan.window.start));
    end = Math.min(end, vnToEpoch(plan.window.end));
    const counts = out.get(staffId) ?? (Object.fromEntries(PAY_CLASSES.map((c) => [c, 0])) as Record<PayClass, number>);
    for (let t = start; t < end; t += MINUTE) {
      const wall = new Date(t + VN_OFFSET);
      const hour = wall.getUTCHours();
      counts[`${kinds[wall.toISOString().slice(0, 10)]!}.${hour >= 22 || hour < 6 ? 'night' : 'day'}`] += 1;
    }
    out.set(staffId, counts);
  }
  return out;
}

describe('timesheet by kind of day (Labour Code 2019 Art. 98, 106, 111, 112)', () => {
  const plan = rosteredTetPlan();
  const sheet = timesheet(plan);

  it('puts every minute of the Tết 2026 roster in the class the law gives it, person by person', () => {
    const expected = minuteByMinute(plan, TET_2026);
    expect(sheet.map((e) => e.person.id).sort()).toEqual([...expected.keys()].sort());
    for (const entry of sheet) expect(entry.minutes).toEqual(expected.get(entry.person.id));
    for (const entry of sheet) expect(entry.shifts).toBe(plan.assignments.filter((a) => a.staffId === entry.person.id).length);
  });

  it('gives the Tết 2026 totals: 360 holiday hours, not 648; 288 on weekly rest and compensatory days', () => {
    const hours = Object.fromEntries(PAY_CLASSES.map((c) => [c, sheet.reduce((n, e) => n + e.minutes[c], 0) / 60]));
    // Three seats round the clock, 13/02 17:00 → 23/02 07:30.
    expect(hours).toEqual({
      'working.day': 3 * (5 + 1.5), // 13/02 17:00–22:00, 23/02 06:00–07:30
      'working.night': 3 * (2 + 6), // 13/02 22:00–24:00, 23/02 00:00–06:00
      'weekly-rest.day': 3 * 3 * 16,
      'weekly-rest.night': 3 * 3 * 8,
      'holiday.day': 3 * 5 * 16,
      'holiday.night': 3 * 5 * 8,
      'compensatory.day': 3 * 16,
      'compensatory.night': 3 * 8,
    });
    const all = sheet.reduce((n, e) => n + totalMinutes(e), 0) / 60;
    expect(all).toBe(3 * 230.5);
    expect(hours['holiday.day']! + hours['holiday.night']!).toBe(360);
    expect(hours['weekly-rest.day']! + hours['weekly-rest.night']! + hours['compensatory.day']! + hours['compensatory.night']!).toBe(288);
  });

  it('cuts a night at 00:00 where it crosses into another kind of day, and weighs it by the unit’s rule', () => {
    // The night of Friday 20/02 (compensatory) into Saturday 21/02 (weekly rest).
    const seat = '2026-02-20/dem/ky-thuat';
    const lone: Plan = { ...plan, assignments: plan.assignments.filter((a) => a.seatId === seat) };
    const [entry] = timesheet(lone);
    expect(entry!.minutes['compensatory.night']).toBe(2 * 60);
    expect(entry!.minutes['weekly-rest.night']).toBe(6 * 60);
    // State bodies (08/2005/TTLT-BNV-BTC): 300 % × 130 % on the day given back, 200 % × 130 % on the rest day.
    expect(weightedHours(entry!, defaultPayRule('state'))).toBeCloseTo((2 * 390 + 6 * 260) / 100, 12);
    // Enterprises (Art. 98, 111(3)): the compensatory day is the moved weekly rest day: 200 + 30 + 20 % × 200.
    expect(weightedHours(entry!, defaultPayRule('enterprise'))).toBeCloseTo((8 * 270) / 100, 12);
    // An edited percentage is used as given.
    const rule = defaultPayRule('enterprise');
    rule.percent['compensatory.night'] = 390;
    expect(weightedHours(entry!, rule)).toBeCloseTo((2 * 390 + 6 * 270) / 100, 12);
  });

  it('counts standby seats (trực chờ) apart, within the total', () => {
    const standby = sheet.reduce((n, e) => n + e.standby, 0);
    const windowMinutes = (vnToEpoch(plan.window.end) - vnToEpoch(plan.window.start)) / MINUTE;
    // One of the three seats, the leader's, is on standby.
    expect(standby).toBe(windowMinutes);
  });
});

describe('kinds of day', () => {
  const kinds = (start: string, end: string, holiday: Plan['holiday'] = null) => dayKindsOf({ window: { start: `${start}T00:00`, end: `${end}T23:59` }, holiday });

  it('makes the weekday given off by an official swap a rest day and the Saturday worked for it a working day', () => {
    // Tết Dương lịch 2026: off 1–4/01, Friday 2/01 given off, repaid on Saturday 10/01.
    const kindOf = kinds('2025-12-31', '2026-01-11');
    expect(['2025-12-31', '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05', '2026-01-10', '2026-01-11'].map(kindOf)).toEqual([
      'working',
      'holiday',
      'weekly-rest',
      'weekly-rest',
      'weekly-rest',
      'working',
      'working',
      'weekly-rest',
    ]);
  });

  it('gives back a holiday that falls on a Sunday on the Monday (Giỗ Tổ 2026), and proposes the same for years not yet announced', () => {
    expect(['2026-04-25', '2026-04-26', '2026-04-27', '2026-04-28'].map(kinds('2026-04-24', '2026-04-28'))).toEqual(['weekly-rest', 'holiday', 'compensatory', 'working']);
    // Tết Đinh Mùi 2027 is Saturday 6/02: Mùng 1 and Mùng 2 take a Saturday and a Sunday, given back on 9 and 10/02.
    expect(['2027-02-04', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map(kinds('2027-02-01', '2027-02-12'))).toEqual([
      'holiday',
      'holiday',
      'holiday',
      'holiday',
      'compensatory',
      'compensatory',
      'working',
    ]);
  });

  it('makes a weekday the plan itself gives off a rest day, not a holiday', () => {
    const kindOf = kinds('2027-02-01', '2027-02-14', { key: 'tet-nguyen-dan', year: 2027, name: 'Tết Nguyên đán', official: false, daysOff: { first: '2027-02-04', last: '2027-02-12' } });
    expect(['2027-02-11', '2027-02-12', '2027-02-15'].map(kindOf)).toEqual(['weekly-rest', 'weekly-rest', 'working']);
  });
});
