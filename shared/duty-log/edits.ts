import { formatEpoch } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import type { StaffMember } from '../staff/schema';
import { actualShifts, type ActualShift } from './actual-roster';
import { checkInWarnings } from './check-in';
import { DutyLogError, type DutyLogWarning } from './errors';
import { currentStatus } from './incidents';
import { signers } from './handover';
import { pageOf } from './logged-plan';
import type { CheckItem, DutyLog, Incident, IncidentKind, IncidentStatus, SeatRecord, Severity, ShiftLog } from './schema';

/**
 * Every change to a duty log, as pure functions: the log in, the new log out (or a DutyLogError
 * saying why not). The service runs them under the write lock; tests run them on their own.
 */
export interface EditContext {
  /** The published version the log is kept against (loggedCore). */
  core: PlanCore;
  /** ISO instant of the change. */
  now: string;
  newId(): string;
}

export interface Edited {
  log: DutyLog;
  warnings: DutyLogWarning[];
}

const done = (log: DutyLog, now: string, warnings: DutyLogWarning[] = []): Edited => ({ log: { ...log, updatedAt: now }, warnings });

/** A shift of the published plan; pages of vanished shifts are kept but not written to. */
function shiftOf(ctx: EditContext, log: DutyLog, shiftId: string): ActualShift {
  const shift = actualShifts(ctx.core, log).find((s) => s.shift.id === shiftId);
  if (!shift) throw new DutyLogError('UNKNOWN_SHIFT', { shift: shiftId });
  return shift;
}

/** Applies `change` to the shift's page, creating the page (with the shift as it is now) if needed. */
function onPage(log: DutyLog, { shift }: ActualShift, change: (page: ShiftLog) => ShiftLog): DutyLog {
  const page = pageOf(log, shift.id) ?? {
    shiftId: shift.id,
    label: shift.label,
    start: new Date(shift.start).toISOString(),
    end: new Date(shift.end).toISOString(),
    seats: [],
    checks: [],
    notes: [],
    handover: null,
  };
  const changed = change(page);
  return { ...log, shifts: [...log.shifts.filter((p) => p.shiftId !== shift.id), changed].sort((a, b) => a.start.localeCompare(b.start) || a.shiftId.localeCompare(b.shiftId)) };
}

const setRecord = (page: ShiftLog, record: SeatRecord): ShiftLog => ({ ...page, seats: [...page.seats.filter((r) => r.seatId !== record.seatId), record] });

function seatOf(shift: ActualShift, seatId: string) {
  const seat = shift.seats.find((s) => s.seat.id === seatId);
  if (!seat) throw new DutyLogError('UNKNOWN_SEAT', { seat: seatId, shift: shift.shift.id });
  return seat;
}

/** "Nguyễn Văn An (kt-01)": how a refusal names a person. */
function who(ctx: EditContext, log: DutyLog, staffId: string): string {
  const person = ctx.core.staff.find((s) => s.id === staffId) ?? log.people.find((p) => p.id === staffId);
  return person ? `${person.fullName} (${staffId})` : staffId;
}

function knownStaff(ctx: EditContext, log: DutyLog, staffId: string): void {
  if (!ctx.core.staff.some((s) => s.id === staffId) && !log.people.some((p) => p.id === staffId)) throw new DutyLogError('UNKNOWN_STAFF', { staff: staffId });
}

/**
 * A person of the shift arrives: the planned holder of a seat not yet checked in (or marked absent
 * by mistake), or the replacement put in a seat. A time outside the shift is kept, with a warning.
 */
export function checkIn(log: DutyLog, ctx: EditContext, input: { shiftId: string; staffId: string; at: string }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  knownStaff(ctx, log, input.staffId);
  const holds = shift.seats.filter((s) => s.actual === input.staffId || (s.state === 'absent' && s.planned === input.staffId));
  const seat = holds.find((s) => !s.checkedInAt) ?? holds[0];
  if (!seat) throw new DutyLogError('NOT_IN_SHIFT', { staff: who(ctx, log, input.staffId), shift: input.shiftId });
  const record: SeatRecord = {
    seatId: seat.seat.id,
    seatLabel: seat.seat.label,
    role: seat.seat.role,
    status: seat.state === 'replaced' ? 'replaced' : 'present',
    plannedStaffId: seat.planned,
    staffId: input.staffId,
    checkedInAt: input.at,
    reason: seat.state === 'replaced' ? (seat.record?.reason ?? '') : '',
    acceptedWarnings: seat.state === 'replaced' ? (seat.record?.acceptedWarnings ?? []) : [],
    recordedAt: ctx.now,
  };
  return done(
    onPage(log, shift, (page) => setRecord(page, record)),
    ctx.now,
    checkInWarnings(shift.shift, Date.parse(input.at)),
  );
}

/** Nobody holds the seat this shift. */
export function markAbsent(log: DutyLog, ctx: EditContext, input: { shiftId: string; seatId: string; reason: string }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  const seat = seatOf(shift, input.seatId);
  const record: SeatRecord = {
    seatId: seat.seat.id,
    seatLabel: seat.seat.label,
    role: seat.seat.role,
    status: 'absent',
    plannedStaffId: seat.planned,
    staffId: null,
    checkedInAt: null,
    reason: input.reason,
    acceptedWarnings: [],
    recordedAt: ctx.now,
  };
  return done(
    onPage(log, shift, (page) => setRecord(page, record)),
    ctx.now,
  );
}

/**
 * Someone else holds the seat. The checker's findings are the caller's to show and have confirmed
 * (replacementFindings); the codes confirmed are kept with the record.
 */
export function replace(log: DutyLog, ctx: EditContext, input: { shiftId: string; seatId: string; person: StaffMember; reason: string; at: string | null; acceptedWarnings: string[] }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  const seat = seatOf(shift, input.seatId);
  if (input.person.id === seat.planned) throw new DutyLogError('SAME_PERSON', { staff: input.person.fullName });
  const inPlan = ctx.core.staff.some((s) => s.id === input.person.id);
  const people = inPlan ? log.people : [...log.people.filter((p) => p.id !== input.person.id), input.person];
  const record: SeatRecord = {
    seatId: seat.seat.id,
    seatLabel: seat.seat.label,
    role: seat.seat.role,
    status: 'replaced',
    plannedStaffId: seat.planned,
    staffId: input.person.id,
    checkedInAt: input.at,
    reason: input.reason,
    acceptedWarnings: [...new Set(input.acceptedWarnings)],
    recordedAt: ctx.now,
  };
  const warnings = input.at ? checkInWarnings(shift.shift, Date.parse(input.at)) : [];
  return done(
    onPage({ ...log, people }, shift, (page) => setRecord(page, record)),
    ctx.now,
    warnings,
  );
}

/** Undoes what was recorded for a seat: it is expected again, as planned. */
export function clearSeat(log: DutyLog, ctx: EditContext, input: { shiftId: string; seatId: string }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  seatOf(shift, input.seatId);
  return done(
    onPage(log, shift, (page) => ({ ...page, seats: page.seats.filter((r) => r.seatId !== input.seatId) })),
    ctx.now,
  );
}

export function tickCheck(log: DutyLog, ctx: EditContext, input: { shiftId: string; checkId: string; done: boolean; note: string; at: string; by: string | null }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  if (!log.checklist.some((c) => c.id === input.checkId)) throw new DutyLogError('UNKNOWN_CHECK', { check: input.checkId });
  const tick = { checkId: input.checkId, at: input.at, note: input.note, by: input.by };
  return done(
    onPage(log, shift, (page) => ({ ...page, checks: [...page.checks.filter((c) => c.checkId !== input.checkId), ...(input.done ? [tick] : [])] })),
    ctx.now,
  );
}

export function addNote(log: DutyLog, ctx: EditContext, input: { shiftId: string; text: string; at: string; by: string | null }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  const note = { id: ctx.newId(), at: input.at, text: input.text, by: input.by };
  return done(
    onPage(log, shift, (page) => ({ ...page, notes: [...page.notes, note].sort((a, b) => a.at.localeCompare(b.at)) })),
    ctx.now,
  );
}

/** The checklist as the IT head edits it: items left out are retired (past pages keep them), new ones owed from now. */
export function setChecklist(log: DutyLog, ctx: EditContext, items: readonly { id?: string; label: string }[]): Edited {
  const kept = new Map(items.filter((i) => i.id).map((i) => [i.id!, i.label]));
  const used = new Set(log.checklist.map((c) => c.id));
  const checklist: CheckItem[] = log.checklist.map((item) => {
    const label = kept.get(item.id);
    if (label !== undefined) return { ...item, label, retiredAt: null };
    return item.retiredAt ? item : { ...item, retiredAt: ctx.now };
  });
  for (const added of items.filter((i) => !i.id || !used.has(i.id))) {
    let id = added.id ?? ctx.newId();
    while (used.has(id)) id = ctx.newId();
    used.add(id);
    checklist.push({ id, label: added.label, since: ctx.now, retiredAt: null });
  }
  return done({ ...log, checklist }, ctx.now);
}

export interface NewIncident {
  shiftId: string;
  foundAt: string;
  system: string;
  kind: IncidentKind;
  severity: Severity;
  description: string;
  status: IncidentStatus;
}

/** A time found later than now (a typo in the date) is refused: the notice to the authorities quotes it. */
const FUTURE_SLACK_MS = 5 * 60_000;

function notInFuture(ctx: EditContext, at: string): void {
  if (Date.parse(at) > Date.parse(ctx.now) + FUTURE_SLACK_MS) throw new DutyLogError('INCIDENT_IN_FUTURE', { at: formatEpoch(Date.parse(at)) });
}

export function openIncident(log: DutyLog, ctx: EditContext, input: NewIncident): Edited & { incident: Incident } {
  shiftOf(ctx, log, input.shiftId);
  if (!input.foundAt) throw new DutyLogError('INCIDENT_TIME_MISSING');
  notInFuture(ctx, input.foundAt);
  const incident: Incident = {
    id: ctx.newId(),
    number: Math.max(0, ...log.incidents.map((i) => i.number)) + 1,
    foundAt: input.foundAt,
    shiftId: input.shiftId,
    system: input.system,
    kind: input.kind,
    severity: input.severity,
    description: input.description,
    actions: [],
    statusHistory: [{ status: 'open', at: input.foundAt }, ...(input.status === 'open' ? [] : [{ status: input.status, at: ctx.now }])],
    notified: [],
    recordedAt: ctx.now,
  };
  return { ...done({ ...log, incidents: [...log.incidents, incident] }, ctx.now), incident };
}

export interface IncidentUpdate {
  incidentId: string;
  /** The shift on whose page the update is written. */
  shiftId: string | null;
  changes?: Partial<Pick<Incident, 'system' | 'kind' | 'severity' | 'description'>>;
  status?: IncidentStatus;
  action?: { text: string; at: string };
  notice?: { contact: string; at: string; note: string };
}

export function updateIncident(log: DutyLog, ctx: EditContext, input: IncidentUpdate): Edited & { incident: Incident } {
  const current = log.incidents.find((i) => i.id === input.incidentId);
  if (!current) throw new DutyLogError('UNKNOWN_INCIDENT', { incident: input.incidentId });
  if (input.shiftId) shiftOf(ctx, log, input.shiftId);
  if (input.action) notInFuture(ctx, input.action.at);
  if (input.notice) notInFuture(ctx, input.notice.at);
  const incident: Incident = {
    ...current,
    ...input.changes,
    statusHistory: input.status && input.status !== currentStatus(current) ? [...current.statusHistory, { status: input.status, at: ctx.now }] : current.statusHistory,
    actions: input.action ? [...current.actions, { ...input.action, shiftId: input.shiftId }].sort((a, b) => a.at.localeCompare(b.at)) : current.actions,
    notified: input.notice ? [...current.notified, input.notice].sort((a, b) => a.at.localeCompare(b.at)) : current.notified,
  };
  return { ...done({ ...log, incidents: log.incidents.map((i) => (i.id === incident.id ? incident : i)) }, ctx.now), incident };
}

export function writeHandover(log: DutyLog, ctx: EditContext, input: { shiftId: string; text: string }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  return done(
    onPage(log, shift, (page) => (page.handover?.text === input.text ? page : { ...page, handover: { text: input.text, writtenAt: ctx.now, signedOff: null } })),
    ctx.now,
  );
}

export function signHandover(log: DutyLog, ctx: EditContext, input: { shiftId: string; staffId: string }): Edited {
  const shift = shiftOf(ctx, log, input.shiftId);
  const handover = pageOf(log, input.shiftId)?.handover;
  if (!handover) throw new DutyLogError('HANDOVER_MISSING', { shift: input.shiftId });
  knownStaff(ctx, log, input.staffId);
  if (!signers(shift).includes(input.staffId)) throw new DutyLogError('SIGNER_NOT_LEADER', { staff: who(ctx, log, input.staffId), shift: input.shiftId });
  const name = [...ctx.core.staff, ...log.people].find((p) => p.id === input.staffId)!.fullName;
  return done(
    onPage(log, shift, (page) => ({ ...page, handover: { ...handover, signedOff: { staffId: input.staffId, name, at: ctx.now } } })),
    ctx.now,
  );
}
