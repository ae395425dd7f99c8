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

function publishOptions(source: ExportSource, settings: Settings, name: string, organizerEmail?: string): CalendarOptions {
  return { method: 'PUBLISH', name, organizer: organizerOf(source.core, settings, organizerEmail), stamp: source.stamp, alarmMinutes: source.core.reminders.offsetsMinutes };
}

/** The whole roster: one event per shift listing everyone on it. */
export function rosterCalendar(source: ExportSource, settings: Settings, organizerEmail?: string): string {
  const timeline = timelineOf(source).map((core) => {
    const ctx = dutyEventContext(core, settings);
    return rosterView(core).map((view) => shiftEvent(ctx, view));
  });
  return dutyCalendar(versionedEvents(timeline), publishOptions(source, settings, source.core.name, organizerEmail));
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

export interface PersonCalendar {
  staffId: string;
  fullName: string;
  fileName: string;
  ics: string;
}

/**
 * One file per person with a shift in the exported version, or a shift taken away since an earlier
 * one (that event comes back CANCELLED so their calendar removes it).
 */
export function personCalendars(source: ExportSource, settings: Settings, organizerEmail?: string): PersonCalendar[] {
  const events = versionedPersonEvents(source, settings);
  // Named as in the exported version; someone no longer in it, as when last on duty.
  const people = new Map<string, StaffMember>();
  for (const { event } of events) people.set(event.person.id, source.core.staff.find((s) => s.id === event.person.id) ?? event.person);
  const fileNames = personFileNames([...people.values()], 'ics');
  return [...people.values()].map((person) => ({
    staffId: person.id,
    fullName: person.fullName,
    fileName: fileNames.get(person.id) ?? `${person.id}.ics`,
    ics: dutyCalendar(
      events.filter(({ event }) => event.person.id === person.id),
      publishOptions(source, settings, `${source.core.name} — ${person.fullName}`, organizerEmail),
    ),
  }));
}
