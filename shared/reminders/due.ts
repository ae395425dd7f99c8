import type { Reminder } from './schema';

export interface DueSplit {
  /** Their moment came and their shift has not started: tell now. */
  deliver: Reminder[];
  /** Their moment came while nothing could tell, and the shift has already started. */
  missed: Reminder[];
}

/** Of the reminders not yet in the log, which to tell now and which were missed. */
export function dueAt(schedule: readonly Reminder[], logged: ReadonlySet<string>, now: number): DueSplit {
  const deliver: Reminder[] = [];
  const missed: Reminder[] = [];
  for (const reminder of schedule) {
    if (logged.has(reminder.key) || reminder.at > now) continue;
    (now < reminder.deadline ? deliver : missed).push(reminder);
  }
  return { deliver, missed };
}

/** The next moment something in the schedule becomes due, if any. */
export function nextDue(schedule: readonly Reminder[], logged: ReadonlySet<string>, now: number): number | null {
  let next: number | null = null;
  for (const r of schedule) if (!logged.has(r.key) && r.at > now && (next === null || r.at < next)) next = r.at;
  return next;
}

/** Several desktop reminders at once (after sleep or a closed app) become one notification. */
export function summaryOf(reminders: readonly Reminder[]): { title: string; body: string } {
  const shown = reminders.slice(0, 6).map((r) => `• ${r.title}`);
  const more = reminders.length > shown.length ? [`… và ${reminders.length - shown.length} nhắc nhở khác (xem màn hình Nhắc nhở).`] : [];
  return { title: `${reminders.length} nhắc nhở đến hạn trong lúc ứng dụng không chạy`, body: [...shown, ...more].join('\n') };
}
