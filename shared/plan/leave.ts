import { moment, msg, type Message } from '../i18n/message';
import type { DutyWindow, Participant } from './schema';

export interface LeaveProblem {
  kind: 'overlap' | 'outside-window';
  /** Indexes into the participant's leave list. */
  leaveIndexes: number[];
  message: Message;
}

/** With the year: leave is typed with it, and a wrong one is what puts leave outside the window. */
function describe(leave: Participant['leave'][number]): Message {
  const range = { start: moment(leave.start, { year: true }), end: moment(leave.end, { year: true }) };
  return leave.reason ? msg('setup.problem.leaveWhy', { ...range, reason: leave.reason }) : msg('setup.problem.leave', range);
}

/** Away ranges of one person that overlap: usually the same leave entered twice, or a typo in a date. */
export function leaveOverlaps(participant: Pick<Participant, 'leave'>): LeaveProblem[] {
  const leave = participant.leave;
  return leave.flatMap((a, i) =>
    leave.slice(i + 1).flatMap((b, k) =>
      // LocalDateTime strings of one format compare like the times they name.
      a.start < b.end && b.start < a.end ? [{ kind: 'overlap' as const, leaveIndexes: [i, i + 1 + k], message: msg('setup.problem.leaveOverlap', { first: describe(a), second: describe(b) }) }] : [],
    ),
  );
}

/** Away ranges that miss the duty window entirely, and so change nothing: likely a wrong year or month. */
export function leaveOutsideWindow(participant: Pick<Participant, 'leave'>, window: DutyWindow): LeaveProblem[] {
  return participant.leave.flatMap((l, i) =>
    l.end <= window.start || l.start >= window.end ? [{ kind: 'outside-window' as const, leaveIndexes: [i], message: msg('setup.problem.leaveOutside', { leave: describe(l) }) }] : [],
  );
}
