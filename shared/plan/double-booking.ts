import { shiftTitle } from '../export/shift-text';
import { crewsOf } from '../reminders/crew';
import { epochToVn } from '../time/zone';
import type { PlanCore } from './schema';
import { day, msg, type Message } from '../i18n/message';

/** One plan's shift a person holds. */
interface Held {
  planId: string;
  planName: string;
  shiftId: string;
  /** "Ca đêm 22:00–06:00, Thứ Hai, 16/02/2026", the weekday in the reader's language. */
  what: Message;
  start: number;
  end: number;
}

/** A person on duty in two published plans at overlapping times: every reminder and invitation would go out twice. */
export interface DoubleBooking {
  staffId: string;
  fullName: string;
  first: Held;
  second: Held;
}

const shiftOn = (shift: { label: string; start: number; end: number }): Message => msg('plans.doubleBooking.shift', { shift: shiftTitle(shift), day: day(epochToVn(shift.start).slice(0, 10)) });

/**
 * Every overlap between shifts one person holds in different plans (`name` as the plan is called
 * now: a copy's published version still carries the original's name). Within one plan the roster
 * checker already refuses it; across plans only this sees it (a plan imported twice, two plans of
 * the same holiday).
 */
export function doubleBookings(plans: readonly { id: string; name: string; core: PlanCore }[]): DoubleBooking[] {
  const byPerson = new Map<string, { fullName: string; held: Held[] }>();
  for (const { id, name, core } of plans) {
    for (const crew of crewsOf(core)) {
      for (const { person } of crew.seats) {
        if (!person) continue;
        const entry = byPerson.get(person.id) ?? { fullName: person.fullName, held: [] };
        entry.held.push({ planId: id, planName: name, shiftId: crew.shift.id, what: shiftOn(crew.shift), start: crew.shift.start, end: crew.shift.end });
        byPerson.set(person.id, entry);
      }
    }
  }
  const found: DoubleBooking[] = [];
  for (const [staffId, { fullName, held }] of byPerson) {
    held.sort((a, b) => a.start - b.start);
    for (let i = 0; i < held.length; i++) {
      for (let j = i + 1; j < held.length && held[j]!.start < held[i]!.end; j++) {
        if (held[j]!.planId !== held[i]!.planId) found.push({ staffId, fullName, first: held[i]!, second: held[j]! });
      }
    }
  }
  return found;
}

/** The user's words for the first few, to name in a refusal or a warning. */
export function describeDoubleBookings(found: readonly DoubleBooking[], limit = 3): Message {
  const lines = found
    .slice(0, limit)
    .map((d) => msg('plans.doubleBooking', { name: d.fullName, first: d.first.what, firstPlan: d.first.planName, second: d.second.what, secondPlan: d.second.planName }));
  // Semicolons between them: each names a shift with commas of its own.
  const listed = lines.reduceRight<Message | undefined>((rest, line) => (rest ? msg('error.list.then', { first: line, rest }) : line), undefined) ?? msg('zod.invalid');
  return found.length > limit ? msg('plans.doubleBooking.more', { listed, count: found.length - limit }) : listed;
}
