import type { PlanCore } from '../plan/schema';
import { minutesLate } from './check-in';
import { closedAt } from './incidents';
import { shiftPages, type ShiftPageView } from './shift-page';
import type { DutyLog, Incident, IncidentStatus } from './schema';

/** Something that happened at a moment of the duty window, as the timeline marks it. */
export type TimelineItem =
  | { kind: 'check-in'; at: number; shiftId: string; seatId: string; staffId: string; minutesLate: number }
  | { kind: 'absent'; at: number; shiftId: string; seatId: string; staffId: string | null }
  | { kind: 'replaced'; at: number; shiftId: string; seatId: string; staffId: string; plannedStaffId: string | null }
  | { kind: 'note'; at: number; shiftId: string; text: string }
  | { kind: 'incident'; at: number; incidentId: string }
  | { kind: 'incident-status'; at: number; incidentId: string; status: IncidentStatus }
  | { kind: 'handover'; at: number; shiftId: string; signed: boolean };

/** An incident as a bar across the shifts it spans; `end` null while it is not handled. */
export interface IncidentSpan {
  incident: Incident;
  start: number;
  end: number | null;
  shiftIds: string[];
}

export interface DutyTimeline {
  pages: ShiftPageView[];
  items: TimelineItem[];
  incidents: IncidentSpan[];
}

function pageItems(page: ShiftPageView): TimelineItem[] {
  const shiftId = page.shift.id;
  const records = [...page.seats.flatMap((s) => (s.record ? [s.record] : [])), ...page.vanishedSeats];
  return [
    ...records.flatMap((r): TimelineItem[] => {
      if (r.status === 'absent') return [{ kind: 'absent', at: Date.parse(r.recordedAt), shiftId, seatId: r.seatId, staffId: r.plannedStaffId }];
      const arrived: TimelineItem[] = r.checkedInAt
        ? [{ kind: 'check-in', at: Date.parse(r.checkedInAt), shiftId, seatId: r.seatId, staffId: r.staffId!, minutesLate: minutesLate(page.shift, r.checkedInAt) }]
        : [];
      return r.status === 'replaced' ? [{ kind: 'replaced', at: Date.parse(r.recordedAt), shiftId, seatId: r.seatId, staffId: r.staffId!, plannedStaffId: r.plannedStaffId }, ...arrived] : arrived;
    }),
    ...page.notes.map((n): TimelineItem => ({ kind: 'note', at: Date.parse(n.at), shiftId, text: n.text })),
    ...(page.handover ? [{ kind: 'handover' as const, at: Date.parse(page.handover.writtenAt), shiftId, signed: page.handover.signedOff !== null }] : []),
  ];
}

/** The whole duty window: every page, what happened in time order, and the incidents as spans. */
export function dutyTimeline(core: PlanCore, log: DutyLog, now: number): DutyTimeline {
  const pages = shiftPages(core, log, now);
  const incidentItems = log.incidents.flatMap((i): TimelineItem[] => [
    { kind: 'incident', at: Date.parse(i.foundAt), incidentId: i.id },
    ...i.statusHistory.slice(1).map((c): TimelineItem => ({ kind: 'incident-status', at: Date.parse(c.at), incidentId: i.id, status: c.status })),
  ]);
  const items = [...pages.flatMap(pageItems), ...incidentItems].sort((a, b) => a.at - b.at);
  const incidents = log.incidents
    .map((incident) => ({
      incident,
      start: Date.parse(incident.foundAt),
      end: closedAt(incident),
      shiftIds: pages.filter((p) => p.incidents.some((i) => i.id === incident.id)).map((p) => p.shift.id),
    }))
    .sort((a, b) => a.start - b.start);
  return { pages, items, incidents };
}
