import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { personFileNames } from '../../../shared/export/person-file-names';
import { planLimitProblem } from '../../../shared/plan/input-limits';
import type { Plan } from '../../../shared/plan/schema';
import { planInput } from '../../helpers/tet-plan';
import { storePlan } from '../../helpers/publish';
import { tempServices } from '../../helpers/services';
import { publish, rosteredTetPlan } from '../../shared/export/helpers';
import { inVietnamese } from '../../helpers/said';

const plan = publish(rosteredTetPlan(), '2026-02-05T02:00:00.000Z');

function importing(doc: unknown) {
  const { services } = tempServices();
  return { services, result: services.plans.importFile('ke-hoach.lichtruc.json', JSON.stringify(doc)) };
}

const refusedAt = (where: string, message: RegExp) => ({ code: 'PLAN_FILE_INVALID', where, message: expect.stringMatching(message) });

describe('plan files are bounded and whole (#12 item 11)', () => {
  it.each<[string, (p: Plan) => unknown, string, RegExp]>([
    [
      'a duty window from year 1 to 9999',
      (p) => ({ ...p, window: { start: '0001-01-01T00:00', end: '9999-12-31T00:00' } }),
      'window',
      /ke-hoach\.lichtruc\.json: Thời gian trực dài \d+ ngày, quá 120 ngày/,
    ],
    ['100 001 assignments', (p) => ({ ...p, assignments: Array.from({ length: 100_001 }, (_, i) => ({ seatId: `s${i}`, staffId: 'x' })) }), 'assignments', /"assignments" có 100001 mục, quá 100000/],
    ['two staff members with one id', (p) => ({ ...p, staff: [...p.staff, { ...p.staff[0]!, fullName: 'Người khác' }] }), 'staff', /Mã cán bộ ".+" lặp lại/],
    ['two shifts with one id', (p) => ({ ...p, pattern: { ...p.pattern, shifts: [...p.pattern.shifts, { ...p.pattern.shifts[0]!, start: '23:00' }] } }), 'pattern.shifts', /Mã ca "sang" lặp lại/],
    [
      'an assignment to a seat the roster does not have',
      (p) => ({ ...p, assignments: [...p.assignments, { seatId: '2031-01-01/sang/x', staffId: p.staff[0]!.id }] }),
      `assignments[${plan.assignments.length}]`,
      /chỗ không có trong lịch \("2031-01-01\/sang\/x"\)/,
    ],
    [
      'an assignment to someone not in the plan',
      (p) => ({ ...p, assignments: p.assignments.map((a, i) => (i === 3 ? { ...a, staffId: 'ai-do' } : a)) }),
      'assignments[3]',
      /người không có trong kế hoạch \("ai-do"\)/,
    ],
    [
      'a broken published version',
      (p) => ({ ...p, versions: p.versions.map((v) => ({ ...v, plan: { ...v.plan, assignments: [...v.plan.assignments, v.plan.assignments[0]] } })) }),
      'versions[0].plan.assignments',
      /lặp lại/,
    ],
    ['two versions numbered 1', (p) => ({ ...p, versions: [...p.versions, ...p.versions] }), 'versions[1].version', /Phiên bản 1 có hai lần/],
  ])('refuses %s, saying where, and stores nothing', async (_what, change, where, message) => {
    const { services, result } = importing(change(plan));
    await expect(result).rejects.toMatchObject(refusedAt(where, message));
    expect(services.plans.list()).toEqual([]);
  });

  it('imports the same file whole', async () => {
    const { result } = importing(plan);
    await expect(result).resolves.toMatchObject({ plan: { id: plan.id, assignments: plan.assignments } });
  });

  it('gives a file whose id Windows keeps for a device ("con", "nul", "com1") an id of its own', async () => {
    const { result } = importing({ ...plan, id: 'CON' });
    const imported = await result;
    expect('plan' in imported && imported.plan.id).toMatch(/^(?!con$)/i);
    expect([
      ...personFileNames(
        [
          { id: 'a', fullName: 'Con' },
          { id: 'b', fullName: 'Nul' },
        ],
        'ics',
      ).values(),
    ]).toEqual(['Con-1.ics', 'Nul-1.ics']);
  });

  it('refuses a typed window longer than 120 days; a stored plan beyond the bounds still loads', async () => {
    const { services } = tempServices();
    const long = { start: '2026-01-01T08:00', end: '2026-12-31T08:00' };
    const typed = await services.registry.dispatch('plans:create', { ...planInput(), window: long });
    expect(inVietnamese(typed)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', where: 'window.end', message: expect.stringContaining('quá 120 ngày') } });
    await storePlan(services, { ...plan, window: long });
    expect(services.plans.get(plan.id).window).toEqual(long);
  });

  it('a stored plan that breaks several input rules loads whole, with the first named as a warning, is never moved aside, and can still be edited', async () => {
    const { services, restart } = tempServices();
    const long = { start: '2026-01-01T08:00', end: '2026-06-30T08:00' };
    const stored = { ...plan, window: long, staff: [...plan.staff, { ...plan.staff[0]!, fullName: 'Người trùng mã' }], versions: [...plan.versions, ...plan.versions] };
    await storePlan(services, stored);
    const file = services.ctx.store.path({ dir: 'plans', name: plan.id });

    const again = restart();
    const loaded = await again.registry.dispatch('plans:get', { id: plan.id });
    expect(loaded).toMatchObject({ ok: true, data: { id: plan.id, window: long, versions: stored.versions } });
    expect(again.plans.list().map((p) => p.id)).toEqual([plan.id]);
    // What the plan screens and `plan show` show over it: the broken rule, and where.
    expect(inVietnamese(planLimitProblem(again.plans.get(plan.id)))).toEqual({ where: 'versions[1].version', message: 'Phiên bản 1 có hai lần' });
    expect(inVietnamese(planLimitProblem({ ...again.plans.get(plan.id), versions: [] }))).toMatchObject({ where: 'window', message: expect.stringContaining('quá 120 ngày') });
    expect(planLimitProblem(plan)).toBeNull();
    // Nothing moved, nothing reported as damaged.
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dirname(file))).toEqual([`${plan.id}.json`]);
    expect(again.ctx.store.notices()).toEqual([]);
    // The roster of such a plan is still edited (only the changed fields meet the input rules).
    const edited = await again.registry.dispatch('plans:update', { id: plan.id, changes: { assignments: plan.assignments.slice(1) } });
    expect(edited).toMatchObject({ ok: true, data: { window: long } });
  });
});
