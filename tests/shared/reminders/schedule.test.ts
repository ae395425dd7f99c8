import { describe, expect, it } from 'vitest';
import { scheduleReminders } from '../../../shared/reminders/schedule';
import { leadTime } from '../../../shared/reminders/wording';
import { tetRoster } from '../../helpers/reminders';
import { vn } from '../../helpers/clock';

const plan = tetRoster({ empty: ['2026-02-16/dem/ky-thuat'] });
const published = [{ planId: plan.id, published: plan.versions[0]!, offsetsMinutes: [1440, 60] }];
const itHead = { thisIsMe: null, handoverMinutes: 30, mailReady: true };

describe('reminder schedule', () => {
  it('words lead times the Vietnamese way', () => {
    expect([1440, 60, 30, 90, 2880 + 15].map(leadTime)).toEqual(['1 ngày', '1 giờ', '30 phút', '1 giờ 30 phút', '2 ngày 15 phút']);
  });

  it("tells the IT head of the Giao thừa shift change with who is on and the leader's phone, at 21:30 Vietnam time", () => {
    const handover = scheduleReminders(published, itHead).find((r) => r.kind === 'handover' && r.shiftId === '2026-02-16/dem')!;
    expect(handover.at).toBe(vn('2026-02-16T21:30'));
    expect(handover.deadline).toBe(vn('2026-02-16T22:00'));
    expect(handover.body).toMatch(/^Ca đêm 22:00 bắt đầu sau 30 phút — (Nguyễn Văn An|Trần Thị Bình); lãnh đạo trực: (Lê Văn Hùng|Phạm Thị Lan) \(09\d+\)\.$/);
  });

  it('alerts at the start of a shift with an empty seat, still worth telling until the shift ends', () => {
    const alert = scheduleReminders(published, itHead).filter((r) => r.kind === 'unfilled');
    expect(alert.map((a) => [a.at, a.deadline])).toEqual([[vn('2026-02-16T22:00'), vn('2026-02-17T06:00')]]);
    expect(alert[0]?.body).toBe('Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026 đã bắt đầu nhưng còn trống: Cán bộ kỹ thuật.');
  });

  it('emails each person a day and an hour before each shift, and only when mail is set up', () => {
    const all = scheduleReminders(published, itHead);
    const mailed = all.filter((r) => r.channel === 'email');
    expect(mailed.length).toBe(plan.assignments.length * 2);
    expect(new Set(all.map((r) => r.key)).size).toBe(all.length);
    expect(scheduleReminders(published, { ...itHead, mailReady: false }).some((r) => r.channel === 'email')).toBe(false);
  });

  it('gives moved shifts new keys, so the new time is announced again', () => {
    const moved = tetRoster({ empty: ['2026-02-16/dem/ky-thuat'] });
    const core = { ...moved.versions[0]!.plan, pattern: { presetId: null, shifts: moved.pattern.shifts.map((s) => (s.id === 'dem' ? { ...s, start: '21:30' } : s)) } };
    const before = new Set(scheduleReminders(published, itHead).map((r) => r.key));
    const after = scheduleReminders([{ ...published[0]!, published: { ...moved.versions[0]!, plan: core } }], itHead);
    const night = after.filter((r) => r.shiftId === '2026-02-16/dem');
    expect(night.length).toBeGreaterThan(0);
    expect(night.every((r) => !before.has(r.key))).toBe(true);
    expect(after.filter((r) => r.shiftId === '2026-02-16/sang').every((r) => before.has(r.key))).toBe(true);
  });
});

describe('reminder schedule over two published plans holding the same people', () => {
  // A plan imported twice before re-imports asked: the same roster under a second id, so new keys.
  const copy = { ...published[0]!, planId: 'tet-2026-copy' };

  it('reminds each person once of each shift, not once per plan', () => {
    const once = scheduleReminders(published, itHead).filter((r) => r.kind === 'shift');
    const twice = scheduleReminders([...published, copy], itHead).filter((r) => r.kind === 'shift');
    const moment = (r: (typeof once)[number]) => `${r.channel}|${r.staffId}|${r.shiftStart}|${r.offsetMinutes}`;
    expect(twice.map(moment).sort()).toEqual(once.map(moment).sort());
  });

  it('gives one hand-over note when both say the same, and both when the crews differ', () => {
    const withoutOne = {
      ...copy,
      published: { ...copy.published, plan: { ...copy.published.plan, assignments: copy.published.plan.assignments.filter((a) => !a.seatId.startsWith('2026-02-17/sang/')) } },
    };
    const handovers = scheduleReminders([...published, withoutOne], itHead).filter((r) => r.kind === 'handover');
    const at = (shiftId: string) => handovers.filter((r) => r.shiftId === shiftId).length;
    expect(at('2026-02-16/dem')).toBe(1);
    expect(at('2026-02-17/sang')).toBe(2);
  });
});
