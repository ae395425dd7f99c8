/** One person in one seat of one shift of one plan: what an invitation or a cancellation is about. */
export const assignmentKey = (planId: string, seatId: string, staffId: string) => `${planId}|${seatId}|${staffId}`;

/**
 * A reminder's identity. The shift's start time is part of it, so moving a shift (new pattern
 * times) gives new reminders instead of silently counting the old ones as already told.
 */
export function reminderKey(parts: { kind: string; channel: string; planId: string; shiftId: string; seat?: string; staffId?: string; startLocal: string; offsetMinutes: number }): string {
  return [parts.kind, parts.channel, parts.planId, parts.shiftId, parts.seat ?? '-', parts.staffId ?? '-', parts.startLocal, parts.offsetMinutes].join('|');
}
