import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../shared/plan/diff';
import { findVersion, planCore, publishPlan } from '../../../shared/plan/publish';
import { Plan } from '../../../shared/plan/schema';

const staff = (id: string, fullName: string) => ({ id, fullName, roles: ['technician' as const] });

function plan(): Plan {
  return Plan.parse({
    schemaVersion: 1,
    id: 'p1',
    name: 'Trực Tết',
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
    window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' },
    staff: [staff('an', 'Nguyễn Văn An'), staff('binh', 'Trần Thị Bình'), staff('cuong', 'Lê Văn Cường')],
    participants: [{ staffId: 'an' }, { staffId: 'binh' }, { staffId: 'cuong' }],
    assignments: [
      { seatId: '2026-02-16/dem/ky-thuat', staffId: 'an' },
      { seatId: '2026-02-17/sang/ky-thuat', staffId: 'binh' },
    ],
  });
}

describe('publishing', () => {
  it('numbers versions 1, 2 … and freezes what was published', () => {
    const v1 = publishPlan(plan(), '2026-02-01T02:00:00.000Z', 'Ban hành lần đầu');
    expect(v1.status).toBe('published');
    const edited = { ...v1, assignments: [{ seatId: '2026-02-16/dem/ky-thuat', staffId: 'cuong', locked: false }] };
    const v2 = publishPlan(edited, '2026-02-03T02:00:00.000Z');
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    // Later edits to the working copy never reach a published version.
    expect(findVersion(v2, 1)?.plan.assignments.map((a) => a.staffId)).toEqual(['an', 'binh']);
    expect(findVersion(v2, 2)?.plan.assignments.map((a) => a.staffId)).toEqual(['cuong']);
    expect(findVersion(v2, 1)?.note).toBe('Ban hành lần đầu');
  });
});

describe('diffVersions', () => {
  it('lists who was added and removed where, and only the people concerned', () => {
    const before = planCore(plan());
    const after = {
      ...before,
      assignments: [
        { seatId: '2026-02-16/dem/ky-thuat', staffId: 'cuong', locked: false },
        { seatId: '2026-02-17/sang/ky-thuat', staffId: 'binh', locked: false },
        { seatId: '2026-02-18/chieu/ky-thuat', staffId: 'an', locked: false },
      ],
    };
    const diff = diffVersions(before, after);
    expect(diff.seats).toEqual([
      { seatId: '2026-02-16/dem/ky-thuat', shiftId: '2026-02-16/dem', before: 'an', after: 'cuong' },
      { seatId: '2026-02-18/chieu/ky-thuat', shiftId: '2026-02-18/chieu', before: null, after: 'an' },
    ]);
    expect(diff.people).toEqual([
      { staffId: 'cuong', name: 'Lê Văn Cường', added: ['2026-02-16/dem/ky-thuat'], removed: [] },
      { staffId: 'an', name: 'Nguyễn Văn An', added: ['2026-02-18/chieu/ky-thuat'], removed: ['2026-02-16/dem/ky-thuat'] },
    ]);
    expect(diff.people.some((p) => p.staffId === 'binh')).toBe(false);
    expect(diff.windowChanged).toBe(false);
  });

  it('is empty between identical versions', () => {
    const core = planCore(plan());
    expect(diffVersions(core, core)).toEqual({ seats: [], people: [], windowChanged: false });
  });
});
