import { describe, expect, it } from 'vitest';
import { PlanChanges } from '../../../shared/api/plans';

describe('PlanChanges', () => {
  it('keeps only the fields sent, so an update of one field leaves the others alone', () => {
    expect(PlanChanges.parse({ seed: 3, assignments: [] })).toEqual({ seed: 3, assignments: [] });
    expect(Object.keys(PlanChanges.parse({ window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } }))).toEqual(['window']);
  });

  it('still fills the defaults inside a field that is sent', () => {
    expect(PlanChanges.parse({ assignments: [{ seatId: 's', staffId: 'a' }] }).assignments).toEqual([{ seatId: 's', staffId: 'a', locked: false }]);
    expect(PlanChanges.parse({ weights: {} }).weights).toMatchObject({ night: 1.5, standbyFactor: 0.5 });
  });

  it('still refuses a wrong value', () => {
    expect(PlanChanges.safeParse({ seed: 'x' }).success).toBe(false);
  });
});
