import { z } from 'zod';
import { MessageSchema } from '../i18n/message';
import { VIOLATION_CODES } from '../roster/check';
import { DutyLog, IncidentKind, IncidentStatus, Severity } from '../duty-log/schema';
import { PlanCore, PlanId } from '../plan/schema';
import { EmergencyContact } from '../settings/schema';
import { StaffId, StaffMember } from '../staff/schema';
import { Instant } from '../time/local';
import { defineChannels } from './define';

/** A hard-rule finding of the checker, as it crosses IPC (shared/roster/check.ts Violation). */
export const ViolationShape = z.object({
  code: z.enum(VIOLATION_CODES),
  shiftId: z.string(),
  seatId: z.string(),
  staffId: z.string().nullable(),
  text: MessageSchema,
  relatedSeatId: z.string().optional(),
});

/** A warning that did not stop the change, as a code with parameters translated at the edge. */
export const DutyLogWarningShape = z.object({ code: z.literal('CHECKIN_OUTSIDE_SHIFT'), params: z.record(z.string(), z.union([z.string(), z.number()])) });

/** Everything a log page needs: the published version it is kept against, the log, and who may be told or stand in. */
export const DutyLogBundle = z.object({
  plan: z.object({ id: PlanId, name: z.string(), version: z.number().int().positive(), publishedAt: Instant }),
  /** The latest published version (the planned roster), under the plan's id. */
  core: PlanCore,
  log: DutyLog,
  /** The plan's emergency contacts (or the organisation's), for "who was told". */
  contacts: z.array(EmergencyContact),
  /** Active directory members outside the plan: they may stand in too. */
  outsiders: z.array(StaffMember),
});
export type DutyLogBundle = z.infer<typeof DutyLogBundle>;

export const DutyLogEdited = z.object({ log: DutyLog, warnings: z.array(DutyLogWarningShape) });
export type DutyLogEdited = z.infer<typeof DutyLogEdited>;

export const ReplacementCandidate = z.object({
  staffId: StaffId,
  name: z.string(),
  inPlan: z.boolean(),
  reasons: z.array(ViolationShape),
  relativeLoad: z.number(),
});
export type ReplacementCandidate = z.infer<typeof ReplacementCandidate>;

const OnPlan = z.object({ planId: PlanId });
const OnShift = OnPlan.extend({ shiftId: z.string().min(1) });
const OnSeat = OnShift.extend({ seatId: z.string().min(1) });
/** Omitted: now. */
const At = Instant.optional();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const DutyLogExportFormat = z.enum(['xlsx', 'pdf']);
export type DutyLogExportFormat = z.infer<typeof DutyLogExportFormat>;

export const dutyLogChannels = defineChannels({
  'dutyLog:get': { input: OnPlan, output: DutyLogBundle },
  /** Everyone who could take a seat, ranked, with the checker's reasons against the actual roster. */
  'dutyLog:candidates': { input: OnSeat, output: z.array(ReplacementCandidate) },
  'dutyLog:checkIn': { input: OnShift.extend({ staffId: StaffId, at: At }), output: DutyLogEdited },
  'dutyLog:markAbsent': { input: OnSeat.extend({ reason: z.string().trim().max(300).default('') }), output: DutyLogEdited },
  /** Refused with the checker's findings unless `confirm`: warn, allow with confirmation, as in the editor. */
  'dutyLog:replace': {
    input: OnSeat.extend({ staffId: StaffId, reason: z.string().trim().max(300).default(''), at: Instant.nullable().optional(), confirm: z.boolean().default(false) }),
    output: DutyLogEdited,
  },
  /** Forgets what was recorded for a seat (undo): it is expected as planned again. */
  'dutyLog:clearSeat': { input: OnSeat, output: DutyLogEdited },
  'dutyLog:tickCheck': { input: OnShift.extend({ checkId: z.string().min(1), done: z.boolean(), note: z.string().trim().max(500).default(''), at: At }), output: DutyLogEdited },
  'dutyLog:addNote': { input: OnShift.extend({ text: Text(2000), at: At }), output: DutyLogEdited },
  'dutyLog:setChecklist': { input: OnPlan.extend({ items: z.array(z.object({ id: z.string().min(1).max(40).optional(), label: Text(200) })).max(50) }), output: DutyLogEdited },
  'dutyLog:openIncident': {
    input: OnShift.extend({
      foundAt: Instant,
      system: z.string().trim().max(200).default(''),
      kind: IncidentKind,
      severity: Severity,
      description: Text(4000),
      status: IncidentStatus.default('open'),
    }),
    output: DutyLogEdited.extend({ incidentId: z.string() }),
  },
  'dutyLog:updateIncident': {
    input: OnPlan.extend({
      incidentId: z.string().min(1),
      /** The page the update is written on. */
      shiftId: z.string().min(1).nullable().default(null),
      changes: z
        .object({ system: z.string().trim().max(200), kind: IncidentKind, severity: Severity, description: Text(4000) })
        .partial()
        .optional(),
      status: IncidentStatus.optional(),
      action: z.object({ text: Text(2000), at: At }).optional(),
      notice: z.object({ contact: Text(200), at: At, note: z.string().trim().max(300).default('') }).optional(),
    }),
    output: DutyLogEdited,
  },
  'dutyLog:writeHandover': { input: OnShift.extend({ text: Text(4000) }), output: DutyLogEdited },
  'dutyLog:signHandover': { input: OnShift.extend({ staffId: StaffId }), output: DutyLogEdited },
  /** The log as a file's bytes (the renderer saves them; it never names a path). */
  'dutyLog:export': {
    input: OnPlan.extend({ format: DutyLogExportFormat }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
  },
});
