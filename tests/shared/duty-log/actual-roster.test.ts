import { dayKindsOf } from '../../../shared/calendar/day-kind';
import { describe, expect, it } from 'vitest';
import { say } from '../../../shared/i18n';
import { actualAssignments, actualCore, actualShifts } from '../../../shared/duty-log/actual-roster';
import { checkIn, markAbsent, replace } from '../../../shared/duty-log/edits';
import { DutyLogError } from '../../../shared/duty-log/errors';
import { replacementCandidates, replacementFindings } from '../../../shared/duty-log/replacement';
import { timesheet, totalMinutes } from '../../../shared/export/timesheet';
import { historyFromPublished } from '../../../shared/roster/history';
import { staffMember } from '../../helpers/plans';
import { editAt, freshLog, iso, plannedIn, publishedTet } from './helpers';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';

const SEAT = '2026-02-16/sang/ky-thuat';
const SHIFT = '2026-02-16/sang';

describe('the actual roster', () => {
  it('is the published roster until something is recorded, and the published roster never changes', () => {
    const { core } = publishedTet();
    const log = freshLog(core);
    expect(actualAssignments(core, log)).toEqual(core.assignments.map((a) => ({ ...a, locked: false })));
    const planned = structuredClone(core.assignments);
    const ctx = editAt(core, '2026-02-16T06:10');
    const other = plannedIn(core, SEAT) === 'kt-03' ? 'kt-04' : 'kt-03';
    replace(log, ctx, { shiftId: SHIFT, seatId: SEAT, person: core.staff.find((s) => s.id === other)!, reason: 'ốm', at: null, acceptedWarnings: [] });
    expect(core.assignments).toEqual(planned);
  });

  it('holds the replacement in the seat, leaves an absent seat empty, and keeps the planned holder when they checked in', () => {
    const { core } = publishedTet();
    const ctx = editAt(core, '2026-02-16T06:20');
    const planned = plannedIn(core, SEAT);
    const other = planned === 'kt-03' ? 'kt-04' : 'kt-03';
    let log = freshLog(core);
    log = checkIn(log, ctx, { shiftId: SHIFT, staffId: plannedIn(core, `${SHIFT}/lanh-dao`), at: iso('2026-02-16T05:55') }).log;
    log = markAbsent(log, ctx, { shiftId: SHIFT, seatId: `${SHIFT}/ky-thuat-attt`, reason: 'kẹt xe' }).log;
    log = replace(log, ctx, { shiftId: SHIFT, seatId: SEAT, person: core.staff.find((s) => s.id === other)!, reason: 'ốm', at: iso('2026-02-16T06:40'), acceptedWarnings: [] }).log;

    const shift = actualShifts(core, log).find((s) => s.shift.id === SHIFT)!;
    expect(shift.seats.map((s) => [s.seat.templateId, s.state, s.planned === plannedIn(core, s.seat.id), s.actual])).toEqual([
      ['lanh-dao', 'present', true, plannedIn(core, `${SHIFT}/lanh-dao`)],
      ['ky-thuat-attt', 'absent', true, null],
      ['ky-thuat', 'replaced', true, other],
    ]);
    const actual = actualAssignments(core, log);
    expect(actual.find((a) => a.seatId === SEAT)?.staffId).toBe(other);
    expect(actual.some((a) => a.seatId === `${SHIFT}/ky-thuat-attt`)).toBe(false);
    expect(actual).toHaveLength(core.assignments.length - 1);
  });

  it('moves the replaced shift from the absent person to the replacement in the timesheet, minute for minute', () => {
    const { core } = publishedTet();
    const planned = plannedIn(core, SEAT);
    const other = planned === 'kt-03' ? 'kt-04' : 'kt-03';
    const log = replace(freshLog(core), editAt(core, '2026-02-16T06:20'), {
      shiftId: SHIFT,
      seatId: SEAT,
      person: core.staff.find((s) => s.id === other)!,
      reason: 'ốm',
      at: null,
      acceptedWarnings: [],
    }).log;
    const before = new Map(timesheet(core).map((e) => [e.person.id, e]));
    const after = new Map(timesheet(actualCore(core, log)).map((e) => [e.person.id, e]));
    const shiftMinutes = 8 * 60;
    expect(totalMinutes(after.get(planned)!)).toBe(totalMinutes(before.get(planned)!) - shiftMinutes);
    expect(totalMinutes(after.get(other)!)).toBe(totalMinutes(before.get(other)!) + shiftMinutes);
    expect(after.get(other)!.shifts).toBe(before.get(other)!.shifts + 1);
    // The day pay class of 16/02 (whatever kind of day the law makes it) moves with the shift.
    const dayClass = `${dayKindsOf(core)('2026-02-16')}.day` as const;
    expect(after.get(other)!.minutes[dayClass] - before.get(other)!.minutes[dayClass]).toBe(shiftMinutes);
  });

  it('counts a replacement from outside the plan in the timesheet and in the fairness history', () => {
    const { core } = publishedTet();
    const outsider = staffMember('kt-09', { fullName: 'Vũ Văn Giang', roles: ['technician'] });
    const log = replace(freshLog(core), editAt(core, '2026-02-16T06:20'), { shiftId: SHIFT, seatId: SEAT, person: outsider, reason: 'gọi bổ sung', at: null, acceptedWarnings: [] }).log;
    expect(log.people.map((p) => p.id)).toEqual(['kt-09']);
    const entry = timesheet(actualCore(core, log)).find((e) => e.person.id === 'kt-09');
    expect(entry?.shifts).toBe(1);
    const history = historyFromPublished([actualCore(core, log)]);
    const planned = historyFromPublished([core]);
    expect(history.find((h) => h.staffId === 'kt-09')).toBeDefined();
    expect(planned.find((h) => h.staffId === 'kt-09')).toBeUndefined();
    // Against a colleague of the same role, the one who did not work the shift now carries less.
    const absent = plannedIn(core, SEAT);
    const peer = absent === 'kt-03' ? 'kt-04' : 'kt-03';
    const gap = (h: typeof history) => h.find((e) => e.staffId === absent)!.loadBalance - h.find((e) => e.staffId === peer)!.loadBalance;
    expect(gap(history)).toBeLessThan(gap(planned));
  });
});

describe('a replacement is checked against the hard rules like an edit', () => {
  it("reports the checker's ON_LEAVE finding for someone on leave, with the leave's reason", () => {
    const { core } = publishedTet({
      'kt-04': [{ start: '2026-02-15T00:00', end: '2026-02-18T00:00', reason: 'về quê' }],
      'kt-03': [{ start: '2026-02-15T00:00', end: '2026-02-18T00:00', reason: 'về quê' }],
    });
    const planned = plannedIn(core, SEAT);
    const onLeave = core.staff.find((s) => s.id === (planned === 'kt-03' ? 'kt-04' : 'kt-03'))!;
    const findings = replacementFindings(core, freshLog(core), SEAT, onLeave, DEFAULT_SKILLS);
    expect(findings.map((f) => f.code)).toContain('ON_LEAVE');
    expect(say('vi', findings.find((f) => f.code === 'ON_LEAVE')!.text)).toMatch(/đang nghỉ phép \(về quê\)/);
  });

  it('finds the role, overlap and rest problems against what people actually hold, not only as planned', () => {
    const { core } = publishedTet();
    const log = freshLog(core);
    const leader = core.staff.find((s) => s.id === 'ld-01')!;
    expect(replacementFindings(core, log, SEAT, leader, DEFAULT_SKILLS).map((f) => f.code)).toContain('ROLE_MISMATCH');
    // The person already in the ATTT seat of the same shift cannot also hold the other seat.
    const attt = core.staff.find((s) => s.id === plannedIn(core, `${SHIFT}/ky-thuat-attt`))!;
    expect(replacementFindings(core, log, SEAT, attt, DEFAULT_SKILLS).map((f) => f.code)).toContain('OVERLAP');
    // Whoever works the night before (22:00–06:00) would have no rest.
    const night = core.staff.find((s) => s.id === plannedIn(core, '2026-02-15/dem/ky-thuat'))!;
    expect(night.id).not.toBe(plannedIn(core, SEAT));
    expect(replacementFindings(core, log, SEAT, night, DEFAULT_SKILLS).map((f) => f.code)).toContain('REST_TOO_SHORT');
  });

  it('ranks the people free to stand in first, as the roster picker does', () => {
    const { core } = publishedTet();
    const ranked = replacementCandidates(core, freshLog(core), SEAT, DEFAULT_SKILLS);
    const firstWithReasons = ranked.findIndex((c) => c.reasons.length > 0);
    expect(ranked.slice(0, Math.max(0, firstWithReasons)).every((c) => c.reasons.length === 0)).toBe(true);
    expect(ranked.slice(firstWithReasons).every((c) => c.reasons.length > 0)).toBe(true);
    expect(ranked.find((c) => c.staffId === 'ld-01')!.reasons.some((r) => r.code === 'ROLE_MISMATCH')).toBe(true);
  });

  it('refuses to replace someone by themselves', () => {
    const { core } = publishedTet();
    const planned = core.staff.find((s) => s.id === plannedIn(core, SEAT))!;
    expect(() => replace(freshLog(core), editAt(core, '2026-02-16T06:00'), { shiftId: SHIFT, seatId: SEAT, person: planned, reason: '', at: null, acceptedWarnings: [] })).toThrow(DutyLogError);
  });
});

describe('check-in', () => {
  it('accepts a check-in an hour early, warns about one outside the shift and keeps it', () => {
    const { core } = publishedTet();
    const ctx = editAt(core, '2026-02-16T06:00');
    const staffId = plannedIn(core, SEAT);
    expect(checkIn(freshLog(core), ctx, { shiftId: SHIFT, staffId, at: iso('2026-02-16T05:05') }).warnings).toEqual([]);
    const outside = checkIn(freshLog(core), ctx, { shiftId: SHIFT, staffId, at: iso('2026-02-16T15:00') });
    expect(outside.warnings).toEqual([{ code: 'CHECKIN_OUTSIDE_SHIFT', params: { shift: SHIFT, at: '16/02/2026 15:00', start: '16/02/2026 06:00', end: '16/02/2026 14:00' } }]);
    expect(
      actualShifts(core, outside.log)
        .find((s) => s.shift.id === SHIFT)!
        .seats.find((s) => s.seat.id === SEAT)!.checkedInAt,
    ).toBe(iso('2026-02-16T15:00'));
  });

  it('refuses someone who is not on the shift, naming them', () => {
    const { core } = publishedTet();
    const onShift = new Set(core.assignments.filter((a) => a.seatId.startsWith(`${SHIFT}/`)).map((a) => a.staffId));
    const notOn = core.staff.find((s) => !onShift.has(s.id))!;
    const attempt = () => checkIn(freshLog(core), editAt(core, '2026-02-16T06:00'), { shiftId: SHIFT, staffId: notOn.id, at: iso('2026-02-16T06:00') });
    expect(attempt).toThrow(expect.objectContaining({ code: 'NOT_IN_SHIFT', params: { staff: `${notOn.fullName} (${notOn.id})`, shift: SHIFT } }));
    expect(() => checkIn(freshLog(core), editAt(core, '2026-02-16T06:00'), { shiftId: SHIFT, staffId: 'nobody', at: iso('2026-02-16T06:00') })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STAFF' }),
    );
    expect(() => checkIn(freshLog(core), editAt(core, '2026-02-16T06:00'), { shiftId: '2026-02-16/trua', staffId: notOn.id, at: iso('2026-02-16T06:00') })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_SHIFT' }),
    );
  });

  it('lets the replacement check in on the seat they took', () => {
    const { core } = publishedTet();
    const other = plannedIn(core, SEAT) === 'kt-03' ? 'kt-04' : 'kt-03';
    const ctx = editAt(core, '2026-02-16T06:30');
    let log = replace(freshLog(core), ctx, { shiftId: SHIFT, seatId: SEAT, person: core.staff.find((s) => s.id === other)!, reason: 'ốm', at: null, acceptedWarnings: ['REST_TOO_SHORT'] }).log;
    log = checkIn(log, ctx, { shiftId: SHIFT, staffId: other, at: iso('2026-02-16T06:45') }).log;
    const seat = actualShifts(core, log)
      .find((s) => s.shift.id === SHIFT)!
      .seats.find((s) => s.seat.id === SEAT)!;
    expect(seat).toMatchObject({ state: 'replaced', actual: other, checkedInAt: iso('2026-02-16T06:45') });
    expect(seat.record?.acceptedWarnings).toEqual(['REST_TOO_SHORT']);
    expect(seat.record?.reason).toBe('ốm');
  });
});
