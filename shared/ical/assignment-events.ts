import type { PlanCore, PublishedVersion } from '../plan/schema';
import { crewmates, crewsOf } from '../reminders/crew';
import { assignmentKey } from '../reminders/keys';
import { clockTime, namesOrNobody } from '../reminders/wording';

/** One person's calendar event for one seat of one shift: what an .ics VEVENT says. */
export interface AssignmentEvent {
  /** Stable per plan + shift + seat + person, so calendars update the event in place. */
  uid: string;
  assignment: string;
  staffId: string;
  personName: string;
  email: string;
  start: number;
  end: number;
  /** "Ca chiều 17:00–22:00". */
  shift: string;
  seatLabel: string;
  summary: string;
  description: string;
  /** What makes the event "changed" for the person: its time and place, not who else is on it. */
  fingerprint: string;
}

/**
 * Written exactly as shared/export/uid.ts (issue 7's .ics export) writes it, so a person's exported
 * file and their emailed invitation update the same calendar event; use that module once merged.
 */
const uidPart = (id: string) => id.replace(/[^A-Za-z0-9-]+/g, '_');
export const assignmentUid = (planId: string, seatId: string, staffId: string) => `${uidPart(planId)}.${uidPart(seatId)}.${uidPart(staffId)}@lich-truc`;

/** Every assignment of a plan as a calendar event, in time order. */
export function assignmentEvents(planId: string, plan: PlanCore): AssignmentEvent[] {
  return crewsOf(plan).flatMap((crew) => {
    const { shift } = crew;
    return crew.seats.flatMap((holder) => {
      const person = holder.person;
      if (!person) return [];
      const { others, leaders } = crewmates(crew, person.id);
      const seatLabel = holder.seat.label || holder.seat.role;
      const when = `${shift.label} ${clockTime(shift.start)}–${clockTime(shift.end)}`;
      const summary = `Trực ATTT — ${when}`;
      return [
        {
          uid: assignmentUid(planId, holder.seat.id, person.id),
          assignment: assignmentKey(planId, holder.seat.id, person.id),
          staffId: person.id,
          personName: person.fullName,
          email: person.email,
          start: shift.start,
          end: shift.end,
          shift: when,
          seatLabel,
          summary,
          description: [`Vị trí: ${seatLabel}`, `Cùng ca: ${namesOrNobody(others)}`, `Lãnh đạo trực: ${namesOrNobody(leaders)}`, `Kế hoạch: ${plan.name}`].join('\n'),
          fingerprint: [shift.start, shift.end, summary, seatLabel].join('|'),
        },
      ];
    });
  });
}

/**
 * SEQUENCE of each event of version `index` (0-based): the index of the version from which it has
 * stayed as it is. It rises whenever an event changes (or is cancelled, then re-added) and stays
 * put while it does not, as RFC 5546 asks. A cancellation in version `index` uses `index` itself.
 */
export function eventSequences(planId: string, versions: readonly PublishedVersion[], index: number): Map<string, number> {
  const fingerprints = versions.slice(0, index + 1).map((v) => new Map(assignmentEvents(planId, v.plan).map((e) => [e.uid, e.fingerprint])));
  const sequences = new Map<string, number>();
  for (const [uid, fingerprint] of fingerprints[index] ?? []) {
    let first = index;
    while (first > 0 && fingerprints[first - 1]?.get(uid) === fingerprint) first--;
    sequences.set(uid, first);
  }
  return sequences;
}
