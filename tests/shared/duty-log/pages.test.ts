import { describe, expect, it } from 'vitest';
import { addNote, openIncident, setChecklist, signHandover, tickCheck, updateIncident, writeHandover, checkIn, replace } from '../../../shared/duty-log/edits';
import { handoverLines, previousShift } from '../../../shared/duty-log/handover';
import { incidentShifts } from '../../../shared/duty-log/incidents';
import { loggedCore, pageShifts } from '../../../shared/duty-log/logged-plan';
import { nowShift, shiftPage, shiftPages } from '../../../shared/duty-log/shift-page';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { dutyTimeline } from '../../../shared/duty-log/timeline';
import { presetPattern } from '../../../shared/plan/pattern';
import { publishPlan } from '../../../shared/plan/publish';
import { vn } from '../../helpers/clock';
import { editAt, freshLog, iso, plannedIn, publishedTet } from './helpers';

describe('routine checks', () => {
  it('shows each shift the checklist it owes, and an unticked check once the shift has ended', () => {
    const { core } = publishedTet();
    let log = freshLog(core);
    const ctx = editAt(core, '2026-02-14T07:00');
    log = tickCheck(log, ctx, { shiftId: '2026-02-14/sang', checkId: 'soc', done: true, note: 'Bình thường', at: iso('2026-02-14T07:00'), by: null }).log;
    log = tickCheck(log, ctx, { shiftId: '2026-02-14/sang', checkId: 'backup', done: true, note: '', at: iso('2026-02-14T07:05'), by: null }).log;
    const during = shiftPage(core, log, '2026-02-14/sang', vn('2026-02-14T10:00'))!;
    expect(during.completion).toMatchObject({ done: 2, total: 6, overdue: false });
    const after = shiftPage(core, log, '2026-02-14/sang', vn('2026-02-14T14:00'))!;
    expect(after.completion.overdue).toBe(true);
    expect(after.completion.missing.map((m) => m.id)).toEqual(['malware', 'portal', 'alerts', 'botnet']);
    // Unticking takes the tick away.
    log = tickCheck(log, ctx, { shiftId: '2026-02-14/sang', checkId: 'soc', done: false, note: '', at: iso('2026-02-14T07:10'), by: null }).log;
    expect(shiftPage(core, log, '2026-02-14/sang', vn('2026-02-14T10:00'))!.completion.done).toBe(1);
  });

  it('keeps past figures when the checklist changes: retired items stay owed by shifts before, new ones only after', () => {
    const { core } = publishedTet();
    let log = freshLog(core);
    log = setChecklist(log, editAt(core, '2026-02-15T12:00'), [...log.checklist.filter((c) => c.id !== 'botnet').map((c) => ({ id: c.id, label: c.label })), { label: 'Camera phòng máy chủ' }]).log;
    const ids = (shiftId: string) => shiftPage(core, log, shiftId, vn('2026-02-20T00:00'))!.checks.map((c) => c.item.id);
    expect(ids('2026-02-14/sang')).toContain('botnet');
    expect(ids('2026-02-14/sang')).not.toContain('n-2026-02-15T12:00-1');
    // The change came mid-shift: that shift owes both the retired item and the new one.
    expect(ids('2026-02-15/sang')).toEqual(['soc', 'malware', 'portal', 'backup', 'alerts', 'botnet', 'n-2026-02-15T12:00-1']);
    expect(ids('2026-02-16/sang')).not.toContain('botnet');
    expect(ids('2026-02-16/sang')).toContain('n-2026-02-15T12:00-1');
  });
});

describe('incidents', () => {
  it('span every shift from their finding until handled, and keep their history', () => {
    const { core } = publishedTet();
    let log = freshLog(core);
    const opened = openIncident(log, editAt(core, '2026-02-14T13:20'), {
      shiftId: '2026-02-14/sang',
      foundAt: iso('2026-02-14T13:05'),
      system: 'Cổng thông tin điện tử',
      kind: 'defacement',
      severity: 'high',
      description: 'Trang chủ bị thay giao diện',
      status: 'open',
    });
    log = opened.log;
    log = updateIncident(log, editAt(core, '2026-02-14T13:30'), {
      incidentId: opened.incident.id,
      shiftId: '2026-02-14/sang',
      action: { text: 'Cô lập máy chủ web, khôi phục từ bản sao lưu', at: iso('2026-02-14T13:25') },
      notice: { contact: 'VNCERT/CC', at: iso('2026-02-14T13:28'), note: 'Gọi điện' },
      status: 'escalated',
    }).log;
    const shifts = pageShifts(core, log);
    const open = (l: typeof log) => incidentShifts(l.incidents[0]!, shifts).map((s) => s.id);
    // Still open at the end of the morning: on the afternoon's page too, and every page after.
    expect(open(log).slice(0, 3)).toEqual(['2026-02-14/sang', '2026-02-14/chieu', '2026-02-14/dem']);
    expect(open(log).at(-1)).toBe(shifts.at(-1)!.id);
    log = updateIncident(log, editAt(core, '2026-02-14T16:00'), {
      incidentId: opened.incident.id,
      shiftId: '2026-02-14/chieu',
      status: 'handled',
      action: { text: 'Đã khôi phục, theo dõi thêm', at: iso('2026-02-14T15:55') },
    }).log;
    expect(open(log)).toEqual(['2026-02-14/sang', '2026-02-14/chieu']);
    expect(log.incidents[0]!.statusHistory.map((s) => s.status)).toEqual(['open', 'escalated', 'handled']);
    expect(log.incidents[0]!.number).toBe(1);
    expect(log.incidents[0]!.actions.map((a) => a.shiftId)).toEqual(['2026-02-14/sang', '2026-02-14/chieu']);
  });

  it('refuses an incident without a time, or found in the future', () => {
    const { core } = publishedTet();
    const base = { shiftId: '2026-02-14/sang', system: 'Email', kind: 'phishing' as const, severity: 'medium' as const, description: 'Thư giả mạo', status: 'open' as const };
    expect(() => openIncident(freshLog(core), editAt(core, '2026-02-14T08:00'), { ...base, foundAt: '' })).toThrow(expect.objectContaining({ code: 'INCIDENT_TIME_MISSING' }));
    expect(() => openIncident(freshLog(core), editAt(core, '2026-02-14T08:00'), { ...base, foundAt: iso('2026-02-14T09:00') })).toThrow(expect.objectContaining({ code: 'INCIDENT_IN_FUTURE' }));
  });
});

describe('handover', () => {
  it("is shown to the next shift's page and reminders, and signed by the shift's leader only", () => {
    const { core } = publishedTet();
    let log = writeHandover(freshLog(core), editAt(core, '2026-02-14T13:45'), { shiftId: '2026-02-14/sang', text: 'Máy chủ mail chậm, đã báo nhà cung cấp' }).log;
    const next = shiftPage(core, log, '2026-02-14/chieu', vn('2026-02-14T14:00'))!;
    expect(next.incoming?.from.id).toBe('2026-02-14/sang');
    expect(next.incoming?.handover.text).toBe('Máy chủ mail chậm, đã báo nhà cung cấp');
    expect(handoverLines(core, log).get('2026-02-14/chieu')).toBe('Ca trước bàn giao: Máy chủ mail chậm, đã báo nhà cung cấp');
    expect(handoverLines(core, log).has('2026-02-14/dem')).toBe(false);

    const leader = plannedIn(core, '2026-02-14/sang/lanh-dao');
    const technician = plannedIn(core, '2026-02-14/sang/ky-thuat');
    expect(() => signHandover(log, editAt(core, '2026-02-14T13:50'), { shiftId: '2026-02-14/sang', staffId: technician })).toThrow(expect.objectContaining({ code: 'SIGNER_NOT_LEADER' }));
    log = signHandover(log, editAt(core, '2026-02-14T13:50'), { shiftId: '2026-02-14/sang', staffId: leader }).log;
    expect(shiftPage(core, log, '2026-02-14/sang', vn('2026-02-14T14:00'))!.handover?.signedOff).toEqual({
      staffId: leader,
      name: core.staff.find((s) => s.id === leader)!.fullName,
      at: iso('2026-02-14T13:50'),
    });
    // Changing the text afterwards takes the signature away: it must be signed again.
    log = writeHandover(log, editAt(core, '2026-02-14T13:55'), { shiftId: '2026-02-14/sang', text: 'Máy chủ mail đã ổn' }).log;
    expect(shiftPage(core, log, '2026-02-14/sang', vn('2026-02-14T14:00'))!.handover?.signedOff).toBeNull();
    expect(() => signHandover(freshLog(core), editAt(core, '2026-02-14T13:50'), { shiftId: '2026-02-14/chieu', staffId: leader })).toThrow(expect.objectContaining({ code: 'HANDOVER_MISSING' }));
  });

  it('passes from the last shift of a day to the first of the next, with a 2 × 12 pattern too', () => {
    const { core } = publishedTet();
    const shifts = pageShifts(core, freshLog(core));
    expect(
      previousShift(
        shifts,
        shifts.find((s) => s.id === '2026-02-15/sang')!,
      )?.id,
    ).toBe('2026-02-14/dem');
    const twelve = { ...core, pattern: presetPattern('2x12'), assignments: [] };
    const shifts12 = pageShifts(twelve, freshLog(twelve));
    expect(
      previousShift(
        shifts12,
        shifts12.find((s) => s.id === '2026-02-15/ngay')!,
      )?.id,
    ).toBe('2026-02-14/dem');
    expect(previousShift(shifts12, shifts12[0]!)).toBeNull();
  });
});

describe('re-publishing', () => {
  it('keeps every page: shifts that remain follow their id, a vanished shift keeps its log, marked', () => {
    const { plan, core } = publishedTet();
    const ctx = editAt(core, '2026-02-14T06:30');
    let log = checkIn(freshLog(core), ctx, { shiftId: '2026-02-14/sang', staffId: plannedIn(core, '2026-02-14/sang/ky-thuat'), at: iso('2026-02-14T06:00') }).log;
    log = addNote(log, ctx, { shiftId: '2026-02-14/sang', text: 'Mọi hệ thống bình thường', at: iso('2026-02-14T06:30'), by: null }).log;
    log = checkIn(log, ctx, { shiftId: '2026-02-13/dem', staffId: plannedIn(core, '2026-02-13/dem/ky-thuat'), at: iso('2026-02-13T22:00') }).log;
    // v2 switches to 2 × 12: 14/02 "sang" no longer exists, 13/02 "dem" still does (now 19:30–07:30).
    const v2 = publishPlan({ ...plan, pattern: presetPattern('2x12'), assignments: [] }, '2026-02-14T03:00:00.000Z');
    const core2 = loggedCore(v2);
    const pages = shiftPages(core2, log, vn('2026-02-14T12:00'));
    const vanished = pages.find((p) => p.shift.id === '2026-02-14/sang')!;
    expect(vanished.shift.vanished).toBe(true);
    expect(vanished.shift.start).toBe(vn('2026-02-14T06:00'));
    expect(vanished.notes.map((n) => n.text)).toEqual(['Mọi hệ thống bình thường']);
    expect(vanished.vanishedSeats.map((r) => [r.seatId, r.status])).toEqual([['2026-02-14/sang/ky-thuat', 'present']]);
    const kept = pages.find((p) => p.shift.id === '2026-02-13/dem')!;
    expect(kept.shift.vanished).toBe(false);
    expect(kept.seats.find((s) => s.seat.id === '2026-02-13/dem/ky-thuat')?.state).toBe('present');
    // Nothing is lost when the old pattern comes back in v3.
    const v3 = publishPlan(plan, '2026-02-14T04:00:00.000Z');
    expect(shiftPage(loggedCore(v3), log, '2026-02-14/sang', vn('2026-02-14T12:00'))!.seats.find((s) => s.seat.id === '2026-02-14/sang/ky-thuat')?.state).toBe('present');
  });
});

describe('timeline, "now" and the figures', () => {
  it('opens the running shift, and gives the same numbers as the pages', () => {
    const { core } = publishedTet();
    const shifts = pageShifts(core, freshLog(core));
    expect(nowShift(shifts, vn('2026-02-16T15:00'))?.id).toBe('2026-02-16/chieu');
    expect(nowShift(shifts, vn('2026-02-01T15:00'))?.id).toBe('2026-02-13/chieu');
    expect(nowShift(shifts, vn('2026-03-01T15:00'))?.id).toBe(shifts.at(-1)!.id);

    const ctx = editAt(core, '2026-02-14T15:00');
    const replaced = '2026-02-14/chieu/ky-thuat';
    const other = plannedIn(core, replaced) === 'kt-03' ? 'kt-04' : 'kt-03';
    let log = checkIn(freshLog(core), ctx, { shiftId: '2026-02-14/sang', staffId: plannedIn(core, '2026-02-14/sang/lanh-dao'), at: iso('2026-02-14T06:10') }).log;
    log = replace(log, editAt(core, '2026-02-14T14:15'), {
      shiftId: '2026-02-14/chieu',
      seatId: replaced,
      person: core.staff.find((s) => s.id === other)!,
      reason: 'ốm',
      at: iso('2026-02-14T14:20'),
      acceptedWarnings: [],
    }).log;
    log = openIncident(log, ctx, {
      shiftId: '2026-02-14/chieu',
      foundAt: iso('2026-02-14T14:30'),
      system: 'Mạng',
      kind: 'ddos',
      severity: 'critical',
      description: 'Lưu lượng bất thường',
      status: 'open',
    }).log;
    log = tickCheck(log, ctx, { shiftId: '2026-02-14/sang', checkId: 'soc', done: true, note: '', at: iso('2026-02-14T07:00'), by: null }).log;
    const now = vn('2026-02-14T15:00');
    const timeline = dutyTimeline(core, log, now);
    expect(timeline.items.map((i) => i.kind)).toEqual(['check-in', 'replaced', 'check-in', 'incident']);
    expect(timeline.items[2]).toMatchObject({ kind: 'check-in', staffId: other, minutesLate: 20 });
    expect(timeline.incidents[0]).toMatchObject({ end: null, shiftIds: expect.arrayContaining(['2026-02-14/chieu', '2026-02-14/dem']) });

    const summary = dutyLogSummary(core, log, now);
    expect(summary.seats).toMatchObject({ present: 1, replaced: 1, absent: 0 });
    // Shifts before now with nothing recorded are unconfirmed: 13/02 chiều and đêm, and 14/02 sáng's two other seats.
    expect(summary.seats.unconfirmed).toBe(3 + 3 + 2);
    expect(summary.seats.planned).toBe(core.assignments.length);
    expect(summary.checks).toEqual({ done: 1, owed: 6 * 4, shiftsWithMissing: 3 });
    expect(summary.incidents.byStatus).toEqual({ open: 1, escalated: 0, handled: 0 });
    expect(summary.incidents.bySeverity.critical).toBe(1);
    expect(summary.perShift.find((t) => t.shiftId === '2026-02-14/chieu')).toMatchObject({ replaced: 1, expected: 2 });
  });
});
