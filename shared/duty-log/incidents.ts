import { DutyLogError } from './errors';
import type { PageShift } from './logged-plan';
import type { DutyLog, Incident, IncidentStatus } from './schema';

export const currentStatus = (incident: Incident): IncidentStatus => incident.statusHistory.at(-1)!.status;

/** When it was handled (closed); null while open or escalated. */
export function closedAt(incident: Incident): number | null {
  const last = incident.statusHistory.at(-1)!;
  return last.status === 'handled' ? Date.parse(last.at) : null;
}

/** "SC-01", as the paper log and the incident notice number them. */
export const incidentCode = (incident: Pick<Incident, 'number'>) => `SC-${String(incident.number).padStart(2, '0')}`;

/**
 * An incident is on a shift's page when it was open during the shift (from its finding until it
 * was handled), or was recorded or worked on in it: it stays on every page until closed.
 */
export function onShift(incident: Incident, shift: Pick<PageShift, 'id' | 'start' | 'end'>): boolean {
  if (incident.shiftId === shift.id || incident.actions.some((a) => a.shiftId === shift.id)) return true;
  const found = Date.parse(incident.foundAt);
  return found < shift.end && (closedAt(incident) ?? Infinity) > shift.start;
}

/** The log's incidents in the order they were found. */
export function incidentList(log: Pick<DutyLog, 'incidents'>): Incident[] {
  return [...log.incidents].sort((a, b) => Date.parse(a.foundAt) - Date.parse(b.foundAt) || a.number - b.number);
}

export function incidentsOnShift(log: Pick<DutyLog, 'incidents'>, shift: Pick<PageShift, 'id' | 'start' | 'end'>): Incident[] {
  return incidentList(log).filter((i) => onShift(i, shift));
}

/** The shifts an incident spans, in time order. */
export function incidentShifts(incident: Incident, shifts: readonly PageShift[]): PageShift[] {
  return shifts.filter((s) => onShift(incident, s));
}

/** An incident named as a person would: its id, its code ("SC-01", "sc-1") or its number. */
export function findIncident(log: Pick<DutyLog, 'incidents'>, ref: string): Incident {
  const wanted = ref.trim().toUpperCase();
  const number = /^(?:SC-?)?0*(\d+)$/.exec(wanted)?.[1];
  const incident = log.incidents.find((i) => i.id === ref.trim()) ?? (number ? log.incidents.find((i) => String(i.number) === number) : undefined);
  if (!incident) throw new DutyLogError('UNKNOWN_INCIDENT', { incident: ref });
  return incident;
}
