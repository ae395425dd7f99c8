import { z } from 'zod';
import { PlanId } from '../plan/schema';
import { StaffId, StaffMember, StaffRole } from '../staff/schema';
import { Instant } from '../time/local';

/**
 * The duty log (Sổ nhật ký trực) of one published plan: what really happened, shift by shift. It
 * is a document of its own (`duty-logs/<planId>.json`), never part of the plan, so re-publishing
 * cannot touch it: each page hangs on a shift's stable id (`2027-02-03/chieu`), each seat record on
 * a seat's id, and a page whose shift no longer exists keeps everything it recorded.
 */
export const DUTY_LOG_SCHEMA_VERSION = 1;

export const CheckItemId = z.string().min(1).max(40);

/** A routine check of the plan's checklist. Items are retired, never deleted, so past pages keep their figures. */
export const CheckItem = z.object({
  id: CheckItemId,
  label: z.string().trim().min(1, 'schema.checkLabelMissing').max(200),
  /** Added during the holiday: shifts that ended before this do not owe it. Null: from the start. */
  since: Instant.nullable().default(null),
  /** Removed from the checklist: shifts that start after this do not owe it. */
  retiredAt: Instant.nullable().default(null),
});
export type CheckItem = z.infer<typeof CheckItem>;

export const CheckTick = z.object({
  checkId: CheckItemId,
  at: Instant,
  note: z.string().trim().max(500).default(''),
  by: StaffId.nullable().default(null),
});
export type CheckTick = z.infer<typeof CheckTick>;

/** An event of a shift worth writing down that is not an incident ("07:10 mất điện tầng 2, UPS chạy 15 phút"). */
export const LogNote = z.object({
  id: z.string().min(1).max(64),
  at: Instant,
  text: z.string().trim().min(1, 'schema.noteMissing').max(2000),
  by: StaffId.nullable().default(null),
});
export type LogNote = z.infer<typeof LogNote>;

/**
 * present: the planned holder came; absent: nobody held the seat; replaced: someone else held it
 * (they may check in later). A seat without a record is still expected (or, once its shift has
 * ended, unconfirmed) and counts as planned.
 */
export const SeatStatus = z.enum(['present', 'absent', 'replaced']);
export type SeatStatus = z.infer<typeof SeatStatus>;

export const SeatRecord = z.object({
  seatId: z.string().min(1),
  /** The seat as it was when recorded, so a seat that vanished on re-publishing still reads. */
  seatLabel: z.string().default(''),
  role: StaffRole,
  status: SeatStatus,
  /** Who the published roster had in the seat when this was recorded. */
  plannedStaffId: StaffId.nullable(),
  /** Who actually held the seat: the planned holder, the replacement, or nobody. */
  staffId: StaffId.nullable(),
  checkedInAt: Instant.nullable().default(null),
  /** Why the planned holder was absent or replaced. */
  reason: z.string().trim().max(300).default(''),
  /** The hard rules a replacement breaks, as the user confirmed them (violation codes). */
  acceptedWarnings: z.array(z.string()).default([]),
  recordedAt: Instant,
});
export type SeatRecord = z.infer<typeof SeatRecord>;

export const Handover = z.object({
  text: z.string().trim().min(1, 'schema.handoverMissing').max(4000),
  writtenAt: Instant,
  /** The shift's leader signs the note; changing the text afterwards removes the signature. */
  signedOff: z.object({ staffId: StaffId, name: z.string(), at: Instant }).nullable().default(null),
});
export type Handover = z.infer<typeof Handover>;

/** One page of the log: a shift of the published plan. */
export const ShiftLog = z.object({
  shiftId: z.string().min(1),
  /** The shift as it was when its page was first written (a vanished shift still reads). */
  label: z.string(),
  start: Instant,
  end: Instant,
  seats: z.array(SeatRecord).default([]),
  checks: z.array(CheckTick).default([]),
  notes: z.array(LogNote).default([]),
  handover: Handover.nullable().default(null),
});
export type ShiftLog = z.infer<typeof ShiftLog>;

export const INCIDENT_KINDS = ['malware', 'ddos', 'defacement', 'intrusion', 'phishing', 'data-leak', 'outage', 'vulnerability', 'other'] as const;
export const IncidentKind = z.enum(INCIDENT_KINDS);
export type IncidentKind = z.infer<typeof IncidentKind>;

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** open: being handled; escalated: reported up and still followed; handled: closed. */
export const INCIDENT_STATUSES = ['open', 'escalated', 'handled'] as const;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;

export const IncidentAction = z.object({
  at: Instant,
  text: z.string().trim().min(1, 'schema.actionMissing').max(2000),
  /** The shift on whose page the action was written. */
  shiftId: z.string().nullable().default(null),
});
export type IncidentAction = z.infer<typeof IncidentAction>;

/** Who was told and when: an emergency contact of the plan, the leader on duty, a superior … */
export const IncidentNotice = z.object({
  contact: z.string().trim().min(1, 'schema.contactMissing').max(200),
  at: Instant,
  note: z.string().trim().max(300).default(''),
});
export type IncidentNotice = z.infer<typeof IncidentNotice>;

export const StatusChange = z.object({ status: IncidentStatus, at: Instant });
export type StatusChange = z.infer<typeof StatusChange>;

/** An incident lives on the log, not on a page: it spans every shift from its finding until it is handled. */
export const Incident = z.object({
  id: z.string().min(1).max(64),
  /** 1, 2, 3 … in the order recorded: "SC-01" on paper. */
  number: z.number().int().positive(),
  foundAt: Instant,
  /** The shift on whose page it was recorded. */
  shiftId: z.string().min(1),
  system: z.string().trim().max(200).default(''),
  kind: IncidentKind,
  severity: Severity,
  description: z.string().trim().min(1, 'schema.incidentMissing').max(4000),
  actions: z.array(IncidentAction).default([]),
  /** Every status it had, oldest first; the last is the current one. */
  statusHistory: z.array(StatusChange).min(1),
  notified: z.array(IncidentNotice).default([]),
  recordedAt: Instant,
});
export type Incident = z.infer<typeof Incident>;

export const DutyLog = z.object({
  schemaVersion: z.literal(DUTY_LOG_SCHEMA_VERSION),
  planId: PlanId,
  checklist: z.array(CheckItem),
  shifts: z.array(ShiftLog).default([]),
  incidents: z.array(Incident).default([]),
  /** Replacements from outside the plan's staff, as they were, so the actual roster reads on its own. */
  people: z.array(StaffMember).default([]),
  updatedAt: Instant,
});
export type DutyLog = z.infer<typeof DutyLog>;
