import type { PlanCore } from '../../plan/schema';
import type { Settings } from '../../settings/schema';
import type { StaffMember } from '../../staff/schema';
import { assignmentEvent, shiftEvent, type DutyEventContent } from '../duty-event';
import { dutyEventContext } from '../event-context';
import { personFileNames } from '../person-file-names';
import { rosterView } from '../roster-view';
import type { ExportSource } from '../source';
import { organizerOf } from './organizer';
import { publishCalendar, type PublishOptions } from './publish-calendar';
import { versionedEvents } from './versioned-events';

interface PersonEvent extends DutyEventContent {
  person: StaffMember;
}

/** Published versions then, when the plan was never published, the working copy alone. */
const timelineOf = (source: ExportSource) => (source.history.length ? source.history : [source.core]);

function publishOptions(source: ExportSource, settings: Settings, name: string, organizerEmail?: string): PublishOptions {
  return { name, organizer: organizerOf(source.core, settings, organizerEmail), stamp: source.stamp, alarmMinutes: source.core.reminders.offsetsMinutes };
}

/** The whole roster: one event per shift listing everyone on it. */
export function rosterCalendar(source: ExportSource, settings: Settings, organizerEmail?: string): string {
  const timeline = timelineOf(source).map((core) => {
    const ctx = dutyEventContext(core, settings);
    return rosterView(core).map((view) => shiftEvent(ctx, view));
  });
  return publishCalendar(versionedEvents(timeline), publishOptions(source, settings, source.core.name, organizerEmail));
}

function assignmentEvents(core: PlanCore, settings: Settings): PersonEvent[] {
  const ctx = dutyEventContext(core, settings);
  return rosterView(core).flatMap((view) =>
    view.seats.flatMap((own) => (own.person ? [{ ...assignmentEvent(ctx, view, { ...own, person: own.person }), person: own.person }] : [])),
  );
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
  const events = versionedEvents(timelineOf(source).map((core) => assignmentEvents(core, settings)));
  // Named as in the exported version; someone no longer in it, as when last on duty.
  const people = new Map<string, StaffMember>();
  for (const { event } of events) people.set(event.person.id, source.core.staff.find((s) => s.id === event.person.id) ?? event.person);
  const fileNames = personFileNames([...people.values()], 'ics');
  return [...people.values()].map((person) => ({
    staffId: person.id,
    fullName: person.fullName,
    fileName: fileNames.get(person.id) ?? `${person.id}.ics`,
    ics: publishCalendar(
      events.filter(({ event }) => event.person.id === person.id),
      publishOptions(source, settings, `${source.core.name} — ${person.fullName}`, organizerEmail),
    ),
  }));
}
