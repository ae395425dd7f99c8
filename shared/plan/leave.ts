import type { DutyWindow, Participant } from './schema';
import { formatShortDateTime, wallMinutes } from './wall-clock';

export interface LeaveProblem {
  kind: 'overlap' | 'outside-window';
  /** Indexes into the participant's leave list. */
  leaveIndexes: number[];
  message: string;
}

function describe(leave: Participant['leave'][number]): string {
  const range = `${formatShortDateTime(wallMinutes(leave.start))} – ${formatShortDateTime(wallMinutes(leave.end))}`;
  return leave.reason ? `${range} (${leave.reason})` : range;
}

/** Away ranges of one person that overlap: usually the same leave entered twice, or a typo in a date. */
export function leaveOverlaps(participant: Pick<Participant, 'leave'>): LeaveProblem[] {
  const leave = participant.leave;
  return leave.flatMap((a, i) =>
    leave.slice(i + 1).flatMap((b, k) =>
      // LocalDateTime strings of one format compare like the times they name.
      a.start < b.end && b.start < a.end ? [{ kind: 'overlap' as const, leaveIndexes: [i, i + 1 + k], message: `Hai kỳ nghỉ chồng nhau: ${describe(a)} và ${describe(b)}` }] : [],
    ),
  );
}

/** Away ranges that miss the duty window entirely, and so change nothing: likely a wrong year or month. */
export function leaveOutsideWindow(participant: Pick<Participant, 'leave'>, window: DutyWindow): LeaveProblem[] {
  return participant.leave.flatMap((l, i) =>
    l.end <= window.start || l.start >= window.end ? [{ kind: 'outside-window' as const, leaveIndexes: [i], message: `Kỳ nghỉ ${describe(l)} nằm ngoài thời gian trực` }] : [],
  );
}
