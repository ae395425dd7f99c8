import type { PlanCore } from '../../plan/schema';
import type { Settings } from '../../settings/schema';
import type { RosterSeat, RosterShift } from '../../roster/problem';
import type { StaffMember } from '../../staff/schema';
import { assignmentEvent, shiftEvent, type DutyEventContent } from '../duty-event';
import { dutyEventContext } from '../event-context';
import { personFileNames } from '../person-file-names';
import { rosterView } from '../roster-view';
import type { ExportSource } from '../source';
import { organizerOf } from './organizer';
import { dutyCalendar, type CalendarOptions } from './duty-calendar';
import { versionedEvents, type VersionedEvent } from './versioned-events';

/** One person's event for one seat of one shift, as their file and their mailed invitation carry it. */
export interface PersonEvent extends DutyEventContent {
  person: StaffMember;
  shift: RosterShift;
  seat: RosterSeat;
}

/** Published versions then, when the plan was never published, the working copy alone. */
const timelineOf = (source: ExportSource) => (source.history.length ? source.history : [source.core]);

/** What every calendar of an exported version shares, whatever carries it (a file, a CalDAV server, a feed). */
export function calendarOptionsOf(source: ExportSource, settings: Settings, organizerEmail?: string): Omit<CalendarOptions, 'name'> {
  return { method: 'PUBLISH', organizer: organizerOf(source.core, settings, organizerEmail), stamp: source.stamp, alarmMinutes: source.core.reminders.offsetsMinutes };
}

/** The whole roster's events: one per shift listing everyone on it. */
export function rosterEvents(source: ExportSource, settings: Settings): VersionedEvent<DutyEventContent>[] {
  return versionedEvents(
    timelineOf(source).map((core) => {
      const ctx = dutyEventContext(core, settings);
      return rosterView(core).map((view) => shiftEvent(ctx, view));
    }),
  );
}

/** The whole roster: one event per shift listing everyone on it. */
export function rosterCalendar(source: ExportSource, settings: Settings, organizerEmail?: string): string {
  return dutyCalendar(rosterEvents(source, settings), { ...calendarOptionsOf(source, settings, organizerEmail), name: source.core.name });
}

/** Every assignment of a version as an event of its person, in time order. */
export function personEvents(core: PlanCore, settings: Settings): PersonEvent[] {
  const ctx = dutyEventContext(core, settings);
  return rosterView(core).flatMap((view) =>
    view.seats.flatMap((own) => (own.person ? [{ ...assignmentEvent(ctx, view, { ...own, person: own.person }), person: own.person, shift: view.shift, seat: own.seat }] : [])),
  );
}

/**
 * Every person's events over the published versions, with the SEQUENCE and cancellations their
 * exported file carries: the mailed invitations are made from the same list, so a file and a mail
 * update the same calendar event to the same SEQUENCE.
 */
export function versionedPersonEvents(source: ExportSource, settings: Settings): VersionedEvent<PersonEvent>[] {
  return versionedEvents(timelineOf(source).map((core) => personEvents(core, settings)));
}

/** One person's calendar: their events of every published version, with its name and file name. */
export interface PersonEventSet {
  person: StaffMember;
  /** "<plan> — <person>", the calendar's display name. */
  name: string;
  fileName: string;
  events: VersionedEvent<PersonEvent>[];
}

/**
 * One set per person with a shift in the exported version, or a shift taken away since an earlier
 * one (that event comes back CANCELLED so their calendar removes it).
 */
export function personEventSets(source: ExportSource, settings: Settings): PersonEventSet[] {
  const events = versionedPersonEvents(source, settings);
  // Named as in the exported version; someone no longer in it, as when last on duty.
  const people = new Map<string, StaffMember>();
  for (const { event } of events) people.set(event.person.id, source.core.staff.find((s) => s.id === event.person.id) ?? event.person);
  const fileNames = personFileNames([...people.values()], 'ics');
  return [...people.values()].map((person) => ({
    person,
    name: `${source.core.name} — ${person.fullName}`,
    fileName: fileNames.get(person.id) ?? `${person.id}.ics`,
    events: events.filter(({ event }) => event.person.id === person.id),
  }));
}

export interface PersonCalendar {
  staffId: string;
  fullName: string;
  fileName: string;
  ics: string;
}

/** One .ics file per person (see personEventSets). */
export function personCalendars(source: ExportSource, settings: Settings, organizerEmail?: string): PersonCalendar[] {
  const options = calendarOptionsOf(source, settings, organizerEmail);
  return personEventSets(source, settings).map((set) => ({
    staffId: set.person.id,
    fullName: set.person.fullName,
    fileName: set.fileName,
    ics: dutyCalendar(set.events, { ...options, name: set.name }),
  }));
}
