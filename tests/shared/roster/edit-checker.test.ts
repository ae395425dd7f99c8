import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRoster } from '../../../shared/roster/check';
import { editChecker, inSeatOrder } from '../../../shared/roster/edit-checker';
import type { RosterAssignment, RosterProblem } from '../../../shared/roster/problem';
import { handMadeProblem, seatId, smallProblem } from './problems';

/** An edit as the editor makes them (give a seat, empty it) and as stored plans may hold them (a seat twice, a seat or a person the plan no longer has). */
const anEdit = fc.record({
  kind: fc.constantFrom('assign', 'assign', 'assign', 'clear', 'second holder', 'unknown seat', 'unknown person', 'undo'),
  seat: fc.nat(),
  person: fc.nat(),
});
type Edit = typeof anEdit extends fc.Arbitrary<infer E> ? E : never;

function apply(problem: RosterProblem, history: RosterAssignment[][], { kind, seat, person }: Edit): RosterAssignment[] {
  const current = history.at(-1)!;
  const seatOf = problem.seats[seat % problem.seats.length]!.id;
  const staffId = problem.people[person % problem.people.length]!.id;
  const without = current.filter((a) => a.seatId !== seatOf);
  switch (kind) {
    case 'assign':
      return [...without, { seatId: seatOf, staffId, locked: false }];
    case 'clear':
      return without;
    case 'second holder':
      return [...current, { seatId: seatOf, staffId, locked: false }];
    case 'unknown seat':
      return [...current, { seatId: `nowhere/${seat % 3}`, staffId, locked: false }];
    case 'unknown person':
      return [...without, { seatId: seatOf, staffId: 'left-the-unit', locked: false }];
    default:
      // Back to an earlier roster, as undo does: the checker compares with whatever it checked last.
      return history[seat % history.length]!;
  }
}

describe('editChecker: checking only what an edit changed', () => {
  it('gives what the whole check gives, after every edit of a random run', () => {
    fc.assert(
      fc.property(smallProblem, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }), fc.array(anEdit, { minLength: 1, maxLength: 40 }), (base, locks, edits) => {
        // Some seats locked to someone in the stored plan, so a broken lock can appear and go.
        const problem: RosterProblem = {
          ...base,
          assignments: locks.map(([s, p]) => ({ seatId: base.seats[s % base.seats.length]!.id, staffId: base.people[p % base.people.length]!.id, locked: true })),
        };
        const check = editChecker(problem);
        const history: RosterAssignment[][] = [[]];
        expect(check([])).toEqual(inSeatOrder(problem, checkRoster(problem, [])));
        for (const edit of edits) {
          const next = apply(problem, history, edit);
          history.push(next);
          expect(check(next)).toEqual(inSeatOrder(problem, checkRoster(problem, next)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the violations of seats the edit did not touch as the same objects, so the grid redraws only the changed ones', () => {
    const problem = handMadeProblem();
    const check = editChecker(problem);
    const before = check([]);
    const changed = seatId('2026-02-16', 'sang', 'lanh-dao');
    const after = check([{ seatId: changed, staffId: 'a', locked: false }]);
    expect(after).toHaveLength(before.length - 1);
    expect(after.every((v) => before.includes(v))).toBe(true);
    expect(after.some((v) => v.seatId === changed)).toBe(false);
  });

  it('checks a person’s other shifts again when they get or lose one: a rest too short appears, then goes', () => {
    const problem = handMadeProblem();
    const check = editChecker(problem);
    const morning = { seatId: seatId('2026-02-16', 'sang', 'ky-thuat-attt'), staffId: 'c', locked: false };
    check([morning]);
    const night = { seatId: seatId('2026-02-16', 'dem', 'ky-thuat-attt'), staffId: 'c', locked: false };
    const rest = check([morning, night]).filter((v) => v.code === 'REST_TOO_SHORT');
    expect(rest).toMatchObject([{ seatId: night.seatId, relatedSeatId: morning.seatId, staffId: 'c' }]);
    expect(check([night]).filter((v) => v.code === 'REST_TOO_SHORT')).toEqual([]);
  });
});
