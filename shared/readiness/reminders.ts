import type { DutyWindow } from '../plan/schema';
import type { Audience, Reminder } from '../reminders/schema';
import { formatDate, formatDateTime } from '../i18n/dates';
import { translate } from '../i18n';
import { addDays } from '../time/local';
import { vnToEpoch } from '../time/zone';
import type { ReadinessTask } from './schema';

/** A plan's checklist as the reminder engine needs it: the tasks and who their assignees are. */
export interface ReadinessPlan {
  planId: string;
  planName: string;
  window: DutyWindow;
  tasks: readonly ReadinessTask[];
  /** The plan's staff and the directory, by id: where an assignee's email comes from. */
  people: ReadonlyMap<string, { fullName: string; email: string }>;
}

/** Told at 08:00 on the day before the due day, so there is a working day left to do it. */
export const READINESS_REMIND_TIME = '08:00';
const MINUTE = 60_000;

/**
 * One reminder per task and assignee, never twice: the key names the task and the person, not the
 * due date, so moving the due date does not tell again, and handing the task to someone else tells
 * the new assignee. Where the shift reminders go, these go too: on the IT head's computer an email
 * to the assignee (mail being set up), on a staff member's own computer a desktop notification of
 * their own tasks. A task done, or without an assignee, is not told. Worth telling until the due
 * day ends; after that it is missed (the checklist shows it overdue).
 */
export function scheduleReadiness(plans: readonly ReadinessPlan[], audience: Audience): Reminder[] {
  return plans
    .flatMap((plan) =>
      plan.tasks.flatMap((task): Reminder[] => {
        if (task.status === 'done' || task.assigneeId === null) return [];
        const person = plan.people.get(task.assigneeId);
        const channel = audience.thisIsMe !== null ? 'desktop' : 'email';
        if (channel === 'desktop' && audience.thisIsMe !== task.assigneeId) return [];
        if (channel === 'email' && (!audience.mailReady || !person?.email)) return [];
        const at = vnToEpoch(`${addDays(task.due, -1)}T${READINESS_REMIND_TIME}`);
        const deadline = vnToEpoch(`${addDays(task.due, 1)}T00:00`);
        const due = formatDate(task.due);
        const name = person?.fullName ?? task.assigneeName;
        const body = translate('vi', 'readiness.reminder.body', { person: name, task: task.title, plan: plan.planName, due, start: formatDateTime(plan.window.start) });
        return [
          {
            key: ['readiness', channel, plan.planId, task.id, task.assigneeId].join('|'),
            kind: 'readiness',
            channel,
            planId: plan.planId,
            version: 0,
            shiftId: null,
            assignment: null,
            staffId: task.assigneeId,
            personName: name,
            what: `${task.title} — ${due}`,
            recipient: channel === 'email' ? (person?.email ?? null) : null,
            offsetMinutes: Math.round((deadline - at) / MINUTE),
            at,
            deadline,
            shiftStart: null,
            title: translate('vi', 'readiness.reminder.title', { due, task: task.title }),
            body: task.note ? `${body}\n${translate('vi', 'readiness.reminder.note', { note: task.note })}` : body,
            ics: null,
          },
        ];
      }),
    )
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
}
