import { assignmentEvents, eventSequences, type AssignmentEvent } from '../../../shared/ical/assignment-events';
import type { Plan } from '../../../shared/plan/schema';
import type { Reminder } from '../../../shared/reminders/schema';
import { dayOf } from '../../../shared/reminders/wording';
import { vnToEpoch } from '../../../shared/time/zone';
import { itipCalendar } from './itip';

export interface InvitationInput {
  plan: Plan;
  organizer: { name: string; email: string };
  /** Per person, the index of the version they were last mailed (sent or possibly sent). */
  mailed: ReadonlyMap<string, number>;
}

export interface InvitationBatch {
  mails: Reminder[];
  /** People whose shifts did not change since their last mail. */
  unchanged: string[];
  /** People with shifts but no email address. */
  noEmail: string[];
}

const byPerson = (events: readonly AssignmentEvent[]) => {
  const map = new Map<string, AssignmentEvent[]>();
  for (const e of events) map.set(e.staffId, [...(map.get(e.staffId) ?? []), e]);
  return map;
};

const line = (e: AssignmentEvent) => `• ${dayOf(e.start)}: ${e.shift} — ${e.seatLabel}`;

/**
 * "Gửi lịch trực": the iTIP mails for the latest published version. Each person gets a REQUEST with
 * their new or changed shifts and a CANCEL with shifts taken from them, compared with the version
 * they were last mailed; people whose shifts did not change get nothing.
 */
export function rosterInvitations({ plan, organizer, mailed }: InvitationInput): InvitationBatch {
  const index = plan.versions.length - 1;
  const latest = plan.versions[index];
  if (!latest) return { mails: [], unchanged: [], noEmail: [] };
  const current = byPerson(assignmentEvents(plan.id, latest.plan));
  const sequences = eventSequences(plan.id, plan.versions, index);
  const stamp = Date.parse(latest.publishedAt);
  const deadline = vnToEpoch(latest.plan.window.end);
  const alarms = plan.reminders.offsetsMinutes;
  const batch: InvitationBatch = { mails: [], unchanged: [], noEmail: [] };

  for (const staffId of new Set([...current.keys(), ...mailed.keys()])) {
    const before = mailed.get(staffId);
    if (before === index) continue;
    const now = current.get(staffId) ?? [];
    const previous = before === undefined ? [] : byPerson(assignmentEvents(plan.id, (plan.versions[before] ?? latest).plan)).get(staffId) ?? [];
    const changed = now.filter((e) => !previous.some((p) => p.uid === e.uid && p.fingerprint === e.fingerprint));
    const removed = previous.filter((p) => !now.some((e) => e.uid === p.uid));
    const person = (now[0] ?? previous[0]) as AssignmentEvent | undefined;
    if (!person) continue;
    if (!changed.length && !removed.length) {
      batch.unchanged.push(person.personName);
      continue;
    }
    if (!person.email) {
      batch.noEmail.push(person.personName);
      continue;
    }
    const mail = (method: 'REQUEST' | 'CANCEL', events: AssignmentEvent[]): Reminder => ({
      key: ['invitation', 'email', plan.id, `v${latest.version}`, staffId, method].join('|'),
      kind: 'invitation',
      channel: 'email',
      planId: plan.id,
      version: latest.version,
      shiftId: null,
      assignment: null,
      staffId,
      personName: person.personName,
      recipient: person.email,
      offsetMinutes: 0,
      at: stamp,
      deadline,
      shiftStart: Math.min(...events.map((e) => e.start)),
      what: `${events.length} ca`,
      title:
        method === 'REQUEST'
          ? `Lịch trực ${latest.plan.name}: ${events.length} ca của anh/chị (bản công bố số ${latest.version})`
          : `Huỷ ${events.length} ca trực — ${latest.plan.name} (bản công bố số ${latest.version})`,
      body:
        method === 'REQUEST'
          ? `Kính gửi ${person.personName},\n\nĐơn vị gửi anh/chị lịch trực "${latest.plan.name}" (bản công bố số ${latest.version}). ` +
            `Tệp lịch kèm theo thêm hoặc cập nhật các ca sau trong lịch của anh/chị (Outlook, Google, Apple Calendar), có lời nhắc trước mỗi ca:\n\n` +
            `${events.map(line).join('\n')}\n\nXin bấm "Chấp nhận" (Accept) để lưu vào lịch. Lời nhắc trong lịch vẫn báo cho anh/chị cả khi máy tính của đơn vị tắt.`
          : `Kính gửi ${person.personName},\n\nTheo bản công bố số ${latest.version} của "${latest.plan.name}", anh/chị không còn trực các ca sau; tệp kèm theo xoá chúng khỏi lịch của anh/chị:\n\n` +
            events.map(line).join('\n'),
      ics: {
        method,
        content: itipCalendar({
          method,
          organizer,
          events: events.map((e) => ({ ...e, sequence: method === 'CANCEL' ? index : (sequences.get(e.uid) ?? index) })),
          alarmMinutes: alarms,
          stamp,
        }),
      },
    });
    if (changed.length) batch.mails.push(mail('REQUEST', changed));
    if (removed.length) batch.mails.push(mail('CANCEL', removed));
  }
  return batch;
}
