// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import { expandSeats, expandShifts } from '../../shared/plan/expand';
import type { Plan } from '../../shared/plan/schema';
import { useDutyLog } from '../../renderer/src/data/useDutyLog';
import { useReadiness } from '../../renderer/src/data/useReadiness';
import { publishVersion, storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { mainProcess, windowsPerTest } from './windows';

const open = windowsPerTest();
const NEWCOMER = { fullName: 'Vũ Minh Khoa', phone: '0912 345 678', email: 'vmkhoa@stttt.example.vn', roles: ['technician' as const] };

/** Two published plans: the one shown and another whose writes must not make it read again. */
async function twoPlans(main: ReturnType<typeof mainProcess>) {
  const [shown, other] = [tetRoster(), { ...tetRoster({ name: 'Trực 30/4' }), id: 'truc-30-4' }];
  await storePlan(main.services, shown);
  await storePlan(main.services, other);
  return { shown, other };
}

/** A window whose reads of `channel` are counted. */
function counting(client: ApiClient, channel: string) {
  const reads = vi.fn();
  const counted = { ...client, call: ((name, input) => (name === channel && reads(), client.call(name, input))) as typeof client.call };
  return { counted, reads };
}

/** The first seat of the first shift, and who holds it. */
function firstSeat(plan: Plan) {
  const seat = expandSeats(plan, expandShifts(plan))[0]!;
  return { shiftId: seat.shiftId, seatId: seat.id, staffId: plan.assignments.find((a) => a.seatId === seat.id)!.staffId };
}

describe('the duty log’s and the readiness checklist’s hooks follow what the main process pushes', () => {
  it('a check-in recorded in another window shows in this one, and only this plan’s log reads again (dutyLog:changed)', async () => {
    const main = mainProcess({ now: '2026-02-13T10:30:00.000Z' });
    const { shown, other } = await twoPlans(main);
    const { counted, reads } = counting(main.window(), 'dutyLog:get');
    const log = open(counted, () => useDutyLog(shown.id));
    await vi.waitFor(() => expect(log.current().data?.log.shifts).toEqual([]));

    const elsewhere = main.window();
    await elsewhere.call('dutyLog:checkIn', { planId: other.id, ...firstSeat(other) });
    const { shiftId, seatId, staffId } = firstSeat(shown);
    await elsewhere.call('dutyLog:checkIn', { planId: shown.id, shiftId, staffId });
    await vi.waitFor(() => expect(log.current().data?.log.shifts.find((p) => p.shiftId === shiftId)?.seats).toMatchObject([{ seatId, status: 'present' }]));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('the plan published again, English chosen and a colleague added elsewhere: the log shows the new version, its unwritten checks in English and the newcomer as a stand-in (plans:changed, settings:changed, staff:changed)', async () => {
    const main = mainProcess({ now: '2026-02-13T10:30:00.000Z' });
    const { shown } = await twoPlans(main);
    const log = open(main.window(), () => useDutyLog(shown.id));
    await vi.waitFor(() => expect(log.current().data?.plan.version).toBe(1));
    expect(log.current().data?.log.checklist[0]?.label).toBe('Màn hình giám sát an toàn thông tin tập trung (SOC)');

    await publishVersion(main.services, shown.id);
    await vi.waitFor(() => expect(log.current().data?.plan.version).toBe(2));
    const elsewhere = main.window();
    await elsewhere.call('settings:update', { language: 'en' });
    await vi.waitFor(() => expect(log.current().data?.log.checklist[0]?.label).toBe('Central security monitoring screen (SOC)'));
    await elsewhere.call('staff:save', NEWCOMER);
    await vi.waitFor(() => expect(log.current().data?.outsiders.map((m) => m.fullName)).toContain('Vũ Minh Khoa'));
  });

  it('a task done in another window shows on this checklist, and only this plan’s reads again (readiness:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    const { shown, other } = await twoPlans(main);
    const { counted, reads } = counting(main.window(), 'readiness:get');
    const readiness = open(counted, () => useReadiness(shown.id));
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.status).toBe('todo'));

    const elsewhere = main.window();
    await elsewhere.call('readiness:update', { planId: other.id, taskId: 'patches', changes: { status: 'done' } });
    await elsewhere.call('readiness:update', { planId: shown.id, taskId: 'patches', changes: { status: 'done' } });
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.status).toBe('done'));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('English chosen, a colleague added and the window moved elsewhere: the checklist’s seed is English, the newcomer can be given a task and the tasks no longer due before the window are late (settings:changed, staff:changed, plans:changed)', async () => {
    const main = mainProcess({ now: '2026-02-01T02:00:00.000Z' });
    const { shown } = await twoPlans(main);
    const readiness = open(main.window(), () => useReadiness(shown.id));
    await vi.waitFor(() => expect(readiness.current().data?.late).toEqual([]));

    const elsewhere = main.window();
    await elsewhere.call('settings:update', { language: 'en' });
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.title).toBe("Apply the patches the authorities' alerts call for"));
    await elsewhere.call('staff:save', NEWCOMER);
    await vi.waitFor(() => expect(readiness.current().data?.people.map((p) => p.fullName)).toContain('Vũ Minh Khoa'));
    const newcomer = readiness.current().data!.people.find((p) => p.fullName === 'Vũ Minh Khoa')!;

    // Written once given, the checklist keeps its due dates: the day before Tết's window, which the move puts after its start.
    await elsewhere.call('readiness:update', { planId: shown.id, taskId: 'patches', changes: { assigneeId: newcomer.id } });
    await vi.waitFor(() => expect(readiness.current().data?.tasks.find((t) => t.id === 'patches')?.assigneeName).toBe('Vũ Minh Khoa'));
    await elsewhere.call('plans:update', { id: shown.id, changes: { window: { start: '2026-02-10T17:00', end: '2026-02-20T07:30' } } });
    await vi.waitFor(() => expect(readiness.current().data?.late).toContain('patches'));
  });
});
