import { describe, expect, it } from 'vitest';
import { assignSeat, clearSeat, handOver, moveSeat, setLocked, toggleLocks, type Assignments } from '../../../shared/roster/edit';

const roster: Assignments = [
  { seatId: 's1', staffId: 'a', locked: false },
  { seatId: 's2', staffId: 'b', locked: false },
  { seatId: 's3', staffId: 'c', locked: true },
];
const holder = (list: Assignments, seatId: string) => list.find((a) => a.seatId === seatId)?.staffId ?? null;

describe('roster edits', () => {
  it('assigns a person to an empty seat and replaces the holder of a taken one', () => {
    expect(holder(assignSeat(roster, 's4', 'd'), 's4')).toBe('d');
    const replaced = assignSeat(roster, 's1', 'd');
    expect(holder(replaced, 's1')).toBe('d');
    expect(replaced.filter((a) => a.seatId === 's1')).toHaveLength(1);
  });

  it('moves a person to an empty seat', () => {
    const moved = moveSeat(roster, 's1', 's4');
    expect([holder(moved, 's1'), holder(moved, 's4')]).toEqual([null, 'a']);
  });

  it('swaps two people when the target seat is taken', () => {
    const swapped = moveSeat(roster, 's1', 's2');
    expect([holder(swapped, 's1'), holder(swapped, 's2')]).toEqual(['b', 'a']);
    expect(swapped).toHaveLength(3);
  });

  it('clears a seat', () => {
    expect(holder(clearSeat(roster, 's2'), 's2')).toBeNull();
  });

  it('leaves locked seats alone and returns the same list when nothing changes', () => {
    expect(assignSeat(roster, 's3', 'd')).toBe(roster);
    expect(clearSeat(roster, 's3')).toBe(roster);
    expect(moveSeat(roster, 's3', 's4')).toBe(roster);
    expect(moveSeat(roster, 's1', 's3')).toBe(roster);
    expect(moveSeat(roster, 's1', 's1')).toBe(roster);
    expect(moveSeat(roster, 's9', 's1')).toBe(roster);
    expect(clearSeat(roster, 's9')).toBe(roster);
    expect(assignSeat(roster, 's1', 'a')).toBe(roster);
  });

  it('locks and unlocks held seats; an empty seat has nothing to lock', () => {
    const locked = setLocked(roster, ['s1', 's4'], true);
    expect(locked.find((a) => a.seatId === 's1')?.locked).toBe(true);
    expect(locked).toHaveLength(3);
    expect(setLocked(roster, ['s3'], true)).toBe(roster);
  });

  it('toggles a group of seats: locks all unless all are locked already', () => {
    const day = ['s1', 's2', 's3'];
    const locked = toggleLocks(roster, day);
    expect(locked.every((a) => a.locked)).toBe(true);
    expect(toggleLocks(locked, day).every((a) => !a.locked)).toBe(true);
  });

  it('hands every unlocked seat of one person to another, the locked ones staying', () => {
    const list: Assignments = [...roster, { seatId: 's4', staffId: 'a', locked: false }, { seatId: 's5', staffId: 'a', locked: true }];
    const handed = handOver(list, 'a', 'd');
    expect(['s1', 's2', 's3', 's4', 's5'].map((s) => holder(handed, s))).toEqual(['d', 'b', 'c', 'd', 'a']);
    expect(handed).toHaveLength(list.length);
    expect(handOver(list, 'a', 'a')).toBe(list);
    expect(handOver(list, 'c', 'd')).toBe(list);
    expect(handOver(list, 'x', 'd')).toBe(list);
  });
});
