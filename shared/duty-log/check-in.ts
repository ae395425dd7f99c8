import { formatEpoch } from '../i18n/dates';
import type { DutyLogWarning } from './errors';
import type { PageShift } from './logged-plan';

/** People arrive a little early to take over; earlier than this is not a check-in for this shift. */
export const EARLY_CHECK_IN_MINUTES = 60;

/** A check-in long before its shift or after its end is allowed (written late, a clock off) but said. */
export function checkInWarnings(shift: Pick<PageShift, 'id' | 'label' | 'start' | 'end'>, at: number): DutyLogWarning[] {
  if (at >= shift.start - EARLY_CHECK_IN_MINUTES * 60_000 && at < shift.end) return [];
  return [{ code: 'CHECKIN_OUTSIDE_SHIFT', params: { shift: shift.id, at: formatEpoch(at), start: formatEpoch(shift.start), end: formatEpoch(shift.end) } }];
}

/** Minutes after the shift's start, when the check-in was late; 0 otherwise. */
export function minutesLate(shift: Pick<PageShift, 'start'>, checkedInAt: string | null): number {
  if (!checkedInAt) return 0;
  return Math.max(0, Math.floor((Date.parse(checkedInAt) - shift.start) / 60_000));
}
