import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { type ViolationCode, VIOLATION_CODES, checkRoster } from '../../../shared/roster/check';
import { generateRoster } from '../../../shared/roster/generate';
import type { RosterAssignment, RosterProblem } from '../../../shared/roster/problem';
import { shiftNightDates } from '../../../shared/plan/night-work';
import { addDays } from '../../../shared/time/local';
import { PATTERN_4X6_FROM_2, buildInstance } from '../../../bench/instances';
import { handMadeProblem, person, seatId, smallProblem } from './problems';

const a = (seat: string, staffId: string, locked = false): RosterAssignment => ({ seatId: seat, staffId, locked });
const codes = (problem: RosterProblem, roster: RosterAssignment[]) => checkRoster(problem, roster).map((v) => v.code);

describe('checkRoster on a hand-made plan', () => {
  const problem = handMadeProblem();

  it('reports every seat as unfilled for an empty roster, with a Vietnamese sentence', () => {
    const v = checkRoster(problem, []);
    expect(v).toHaveLength(12);
    expect(v.every((x) => x.code === 'SEAT_UNFILLED' && x.staffId === null)).toBe(true);
    expect(say('vi', v[0]!.text)).toBe('Chưa có người trực lãnh đạo trực, ca 06:00 ngày 16/02');
  });

  it('names the two shifts and the hours of a short rest', () => {
    const v = checkRoster(problem, [a(seatId('2026-02-16', 'sang', 'ky-thuat-attt'), 'c'), a(seatId('2026-02-16', 'dem', 'ky-thuat-attt'), 'c')]);
    const rest = v.find((x) => x.code === 'REST_TOO_SHORT')!;
    expect(say('vi', rest.text)).toBe('Lê Văn C nghỉ giữa hai ca chỉ 8 giờ (tối thiểu 12 giờ): ca 06:00 ngày 16/02 và ca 22:00 ngày 16/02');
    expect(rest).toMatchObject({ seatId: seatId('2026-02-16', 'dem', 'ky-thuat-attt'), relatedSeatId: seatId('2026-02-16', 'sang', 'ky-thuat-attt'), staffId: 'c' });
  });

  it('says the same verdicts in English, the person, seat and shifts filled in and decimals with a point', () => {
    const rest = checkRoster(problem, [a(seatId('2026-02-16', 'sang', 'ky-thuat-attt'), 'c'), a(seatId('2026-02-16', 'dem', 'ky-thuat-attt'), 'c')]).find((x) => x.code === 'REST_TOO_SHORT')!;
    expect(say('en', rest.text)).toBe('Lê Văn C rests only 8 hours between two shifts (at least 12 hours): the 06:00 shift on 16/02 and the 22:00 shift on 16/02');
    expect(say('en', checkRoster(problem, [])[0]!.text)).toBe('Nobody holds the lãnh đạo trực seat of the 06:00 shift on 16/02');
    const capped = { ...problem, rules: { ...problem.rules, maxHoursPerPerson: 7.5 } };
    const load = checkRoster(capped, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a')]).find((x) => x.code === 'MAX_LOAD')!;
    expect(say('en', load.text)).toBe('Nguyễn Văn A has 8 hours (at most 7.5), up to the 06:00 shift on 16/02');
    expect(say('vi', load.text)).toBe('Nguyễn Văn A được xếp 8 giờ (tối đa 7,5 giờ), đến ca 06:00 ngày 16/02');
  });

  it('finds a planted violation of each code', () => {
    const planted: Record<Exclude<ViolationCode, 'SEAT_UNFILLED'>, [RosterProblem, RosterAssignment[]]> = {
      ROLE_MISMATCH: [problem, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'c')]],
      OVERLAP: [problem, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a'), a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'b')]],
      REST_TOO_SHORT: [problem, [a(seatId('2026-02-16', 'chieu', 'lanh-dao'), 'a'), a(seatId('2026-02-17', 'sang', 'lanh-dao'), 'a')]],
      ON_LEAVE: [problem, [a(seatId('2026-02-17', 'sang', 'lanh-dao'), 'b')]],
      UNAVAILABLE_SHIFT: [problem, [a(seatId('2026-02-16', 'dem', 'ky-thuat-attt'), 'd')]],
      MAX_LOAD: [{ ...problem, rules: { ...problem.rules, maxShiftsPerPerson: 1 } }, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a'), a(seatId('2026-02-17', 'sang', 'lanh-dao'), 'a')]],
      CONSECUTIVE_NIGHTS: [{ ...problem, rules: { ...problem.rules, maxConsecutiveNights: 1 } }, [a(seatId('2026-02-16', 'dem', 'lanh-dao'), 'a'), a(seatId('2026-02-17', 'dem', 'lanh-dao'), 'a')]],
      LOCK_BROKEN: [{ ...problem, assignments: [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a', true)] }, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'b')]],
    };
    for (const [code, [p, roster]] of Object.entries(planted)) {
      expect(codes(p, roster), code).toContain(code);
    }
  });

  it('counts consecutive nights by the 22:00–06:00 night a shift overlaps, not the date it starts', () => {
    // Shifts at 02:00, 08:00, 14:00, 20:00: 02:00 on the 7th belongs to the night of the 6th.
    const p = buildInstance({
      name: 'nights',
      seed: 1,
      firstDate: '2026-03-05',
      days: 4,
      pattern: PATTERN_4X6_FROM_2,
      seats: [{ id: 'kt', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' }],
      leaders: 0,
      technicians: 0,
    });
    p.people = [person('t', 'Trần Văn T')];
    const roster = [a('2026-03-07/rang-sang/kt', 't'), a('2026-03-07/toi/kt', 't'), a('2026-03-08/toi/kt', 't')];
    const nights = checkRoster(p, roster).filter((v) => v.code === 'CONSECUTIVE_NIGHTS');
    expect(nights.map((v) => [v.seatId, say('vi', v.text)])).toEqual([['2026-03-08/toi/kt', 'Trần Văn T trực đêm 3 đêm liên tiếp (tối đa 2), đến đêm 08/03']]);
    // Two shifts of one night are one night.
    expect(codes({ ...p, rules: { ...p.rules, minRestHours: 0 } }, [a('2026-03-06/toi/kt', 't'), a('2026-03-07/rang-sang/kt', 't'), a('2026-03-07/toi/kt', 't')])).not.toContain('CONSECUTIVE_NIGHTS');
  });

  it('a "no nights" person may take no shift with night hours: 24 h and 20:00–02:00 included', () => {
    const p = buildInstance({
      name: 'nights',
      seed: 1,
      firstDate: '2026-03-05',
      days: 1,
      pattern: PATTERN_4X6_FROM_2,
      seats: [{ id: 'kt', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' }],
      leaders: 0,
      technicians: 0,
    });
    p.people = [person('t', 'Trần Văn T', { noNights: true })];
    expect(codes(p, [a('2026-03-05/toi/kt', 't')])).toContain('UNAVAILABLE_SHIFT');
    expect(codes(p, [a('2026-03-05/rang-sang/kt', 't')])).toContain('UNAVAILABLE_SHIFT');
    expect(codes(p, [a('2026-03-05/sang/kt', 't')])).not.toContain('UNAVAILABLE_SHIFT');
  });

  it('flags an unknown person and a seat twice held by one person', () => {
    expect(codes(problem, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'zz')])).toContain('ROLE_MISMATCH');
    const v = checkRoster(problem, [a(seatId('2026-02-16', 'sang', 'lanh-dao'), 'a'), a(seatId('2026-02-16', 'sang', 'ky-thuat-attt'), 'a')]);
    expect(say('vi', v.find((x) => x.code === 'OVERLAP')!.text)).toBe('Nguyễn Văn A được xếp hai chỗ trong cùng ca 06:00 ngày 16/02');
  });
});

/** Ways to break a legal roster so that exactly a known code must appear. Each returns null when the plan offers no way. */
type Plant = (problem: RosterProblem, roster: RosterAssignment[]) => [RosterProblem, RosterAssignment[]] | null;

function holderWithSeatOf(problem: RosterProblem, roster: RosterAssignment[], test: (seatIdx: number) => boolean) {
  return roster.find((x) => test(problem.seats.findIndex((s) => s.id === x.seatId)));
}

const PLANTS: Record<ViolationCode, Plant> = {
  SEAT_UNFILLED: (p, r) => (r.length ? [p, r.slice(1)] : null),
  ROLE_MISMATCH: (p, r) => {
    const target = r.find((x) => p.people.some((q) => !q.roles.includes(p.seats.find((s) => s.id === x.seatId)!.role)));
    if (!target) return null;
    const role = p.seats.find((s) => s.id === target.seatId)!.role;
    const wrong = p.people.find((q) => !q.roles.includes(role))!;
    return [p, r.map((x) => (x === target ? { ...x, staffId: wrong.id } : x))];
  },
  OVERLAP: (p, r) => (r[0] ? [p, [...r, { ...r[0], locked: false }]] : null),
  REST_TOO_SHORT: (p, r) => {
    for (const x of r) {
      const shift = p.shifts.find((s) => s.id === p.seats.find((s2) => s2.id === x.seatId)!.shiftId)!;
      const next = p.shifts.find((s) => s.start >= shift.end && s.start - shift.end < p.rules.minRestHours * 3_600_000 && s.end - s.start < 24 * 3_600_000 && shift.end - shift.start < 24 * 3_600_000);
      const seat = next && p.seats.find((s) => s.shiftId === next.id);
      if (seat) return [p, [...r.filter((y) => y.seatId !== seat.id), { seatId: seat.id, staffId: x.staffId, locked: false }]];
    }
    return null;
  },
  ON_LEAVE: (p, r) => {
    const x = r[0];
    if (!x) return null;
    const shift = p.shifts.find((s) => s.id === p.seats.find((s2) => s2.id === x.seatId)!.shiftId)!;
    const people = p.people.map((q) => (q.id === x.staffId ? { ...q, leave: [...q.leave, { start: shift.start, end: shift.end, reason: '' }] } : q));
    return [{ ...p, people }, r];
  },
  UNAVAILABLE_SHIFT: (p, r) => {
    const x = holderWithSeatOf(p, r, (i) => p.shifts.find((s) => s.id === p.seats[i]!.shiftId)!.night);
    return x ? [{ ...p, people: p.people.map((q) => (q.id === x.staffId ? { ...q, noNights: true } : q)) }, r] : null;
  },
  MAX_LOAD: (p, r) => {
    const most = Math.max(0, ...p.people.map((q) => r.filter((x) => x.staffId === q.id).length));
    return most >= 2 ? [{ ...p, rules: { ...p.rules, maxShiftsPerPerson: most - 1 } }, r] : null;
  },
  CONSECUTIVE_NIGHTS: (p, r) => {
    // Two shifts on nights that follow each other (two shifts can share one night with 6 h shifts).
    const first = p.shifts.find((s) => s.night);
    const next = first && addDays(shiftNightDates(first).at(-1)!, 1);
    const second = p.shifts.find((s) => shiftNightDates(s)[0] === next);
    const x = r[0];
    if (!first || !second || !x) return null;
    const seats = [first!, second!].map((n) => p.seats.find((s) => s.shiftId === n.id)!);
    const rules = { ...p.rules, maxConsecutiveNights: 1, minRestHours: 0, restAfter24hHours: 0 };
    return [{ ...p, rules }, [...r.filter((y) => !seats.some((s) => s.id === y.seatId)), ...seats.map((s) => ({ seatId: s.id, staffId: x.staffId, locked: false }))]];
  },
  LOCK_BROKEN: (p, r) => (r[0] ? [{ ...p, assignments: [{ ...r[0], locked: true }] }, r.slice(1)] : null),
};

describe('checkRoster finds planted violations (property)', () => {
  it.each(VIOLATION_CODES)('%s', (code) => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const roster = generateRoster(problem, { seed: 1, mode: 'regenerate', maxIterations: 30 }).assignments;
        const planted = PLANTS[code](problem, roster);
        fc.pre(planted !== null);
        expect(codes(...planted!)).toContain(code);
      }),
      { numRuns: 15, seed: 42 },
    );
  });
});
