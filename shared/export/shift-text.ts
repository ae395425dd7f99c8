import type { RosterShift } from '../roster/problem';
import { epochToVn } from '../time/zone';

/** "22:00" of an epoch, on Vietnam's clock. */
export const clockTime = (epoch: number) => epochToVn(epoch).slice(11, 16);

/** "22:00–06:00" in Vietnam time, whatever the machine's zone. */
export function shiftHours(shift: Pick<RosterShift, 'start' | 'end'>): string {
  return `${clockTime(shift.start)}–${clockTime(shift.end)}`;
}

/** "Ca đêm 22:00–06:00". */
export function shiftTitle(shift: Pick<RosterShift, 'label' | 'start' | 'end'>): string {
  return `${shift.label} ${shiftHours(shift)}`;
}
