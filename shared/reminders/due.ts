import { translate } from '../i18n';
import type { Language } from '../settings/schema';
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

/**
 * Several desktop reminders at once (after sleep or a closed app) become one notification, told to
 * this computer's user in the UI's language (each line is the reminder's own title).
 */
export function summaryOf(reminders: readonly Reminder[], language: Language = 'vi'): { title: string; body: string } {
  const shown = reminders.slice(0, 6).map((r) => `• ${r.title}`);
  const more = reminders.length > shown.length ? [translate(language, 'reminders.notify.summary.more', { count: reminders.length - shown.length })] : [];
  return { title: translate(language, 'reminders.notify.summary.title', { count: reminders.length }), body: [...shown, ...more].join('\n') };
}
