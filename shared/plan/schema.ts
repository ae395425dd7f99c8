import { z } from 'zod';
import { Instant, LocalDate, LocalDateTime } from '../time/local';
import { StaffId, StaffMember } from '../staff/schema';
import { DEFAULT_SEATS, SeatPlan, ShiftPattern, presetPattern } from './pattern';
import { DocumentInfo, EmergencyContact } from '../settings/schema';

export const PLAN_SCHEMA_VERSION = 1;

export const PlanId = z.string().min(1).max(64);

/** The span the roster must cover, in Vietnam wall-clock time. */
export const DutyWindow = z.object({ start: LocalDateTime, end: LocalDateTime }).refine((w) => w.end > w.start, { message: 'schema.endBeforeStart', path: ['end'] });
export type DutyWindow = z.infer<typeof DutyWindow>;

export const HolidayKey = z.enum(['tet-duong-lich', 'tet-nguyen-dan', 'gio-to', '30-4-1-5', 'quoc-khanh']);
export type HolidayKey = z.infer<typeof HolidayKey>;

/** The holiday a plan was made from, as it was when the plan was made (dates stay editable). */
export const HolidayRef = z.object({
  key: HolidayKey,
  year: z.number().int(),
  name: z.string(),
  official: z.boolean(),
  daysOff: z.object({ first: LocalDate, last: LocalDate }),
});
export type HolidayRef = z.infer<typeof HolidayRef>;

export const SpecialDayKind = z.enum(['giao-thua', 'mung-1', 'mung-2', 'mung-3', 'holiday', 'gio-to']);
export type SpecialDayKind = z.infer<typeof SpecialDayKind>;
export const SpecialDay = z.object({ date: LocalDate, kind: SpecialDayKind, label: z.string() });
export type SpecialDay = z.infer<typeof SpecialDay>;

export const Leave = z
  .object({ start: LocalDateTime, end: LocalDateTime, reason: z.string().max(200).default('') })
  .refine((l) => l.end > l.start, { message: 'schema.leaveEndBeforeStart', path: ['end'] });
export type Leave = z.infer<typeof Leave>;

/** A staff member taking part in this plan, with what is particular to this period. */
export const Participant = z.object({
  staffId: StaffId,
  leave: z.array(Leave).default([]),
  noNights: z.boolean().default(false),
  preferredDays: z.array(LocalDate).default([]),
  avoidedDays: z.array(LocalDate).default([]),
});
export type Participant = z.infer<typeof Participant>;

export const Weights = z.object({
  night: z.number().positive().default(1.5),
  holiday: z.number().positive().default(1.5),
  giaoThua: z.number().positive().default(2),
  mung1: z.number().positive().default(2),
  standbyFactor: z.number().positive().max(1).default(0.5),
});
export type Weights = z.infer<typeof Weights>;

export const Rules = z.object({
  minRestHours: z.number().min(0).max(72).default(12),
  restAfter24hHours: z.number().min(0).max(96).default(24),
  maxShiftsPerPerson: z.number().int().positive().nullable().default(null),
  maxHoursPerPerson: z.number().positive().nullable().default(null),
  maxConsecutiveNights: z.number().int().positive().nullable().default(2),
});
export type Rules = z.infer<typeof Rules>;

/** Carried over from earlier published plans, so fairness spans holidays. */
export const HistoryEntry = z.object({
  staffId: StaffId,
  giaoThua: z.number().min(0).default(0),
  mung1: z.number().min(0).default(0),
  /** Weighted load above (+) or below (−) the role's average, summed over earlier plans. */
  loadBalance: z.number().default(0),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** A plan the history was summed from, and whether from what people actually did (its duty log) or as published. */
export const HistorySource = z.object({
  planId: z.string(),
  name: z.string(),
  basis: z.enum(['actual', 'published']),
});
export type HistorySource = z.infer<typeof HistorySource>;

/** A seat of a concrete shift is `${date}/${shiftTemplateId}/${seatTemplateId}`. */
export const Assignment = z.object({
  seatId: z.string().min(1),
  staffId: StaffId,
  locked: z.boolean().default(false),
});
export type Assignment = z.infer<typeof Assignment>;

export const ReminderSetting = z.object({
  /** Minutes before a shift starts; one setting for VALARMs and the reminder engine. */
  offsetsMinutes: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(60 * 24 * 14),
    )
    .max(5)
    .default([1440, 60]),
});
export type ReminderSetting = z.infer<typeof ReminderSetting>;

export const PlanStatus = z.enum(['draft', 'published']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** Everything a plan is, except its published history. */
export const PlanCore = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: PlanId,
  name: z.string().trim().min(1, 'schema.planNameMissing').max(200),
  createdAt: Instant,
  updatedAt: Instant,
  status: PlanStatus.default('draft'),
  window: DutyWindow,
  holiday: HolidayRef.nullable().default(null),
  /** The subject line of the printed roster. */
  subject: z.string().max(300).default(''),
  specialDays: z.array(SpecialDay).default([]),
  pattern: ShiftPattern.default(() => presetPattern('3x8')),
  seats: SeatPlan.default(() => structuredClone(DEFAULT_SEATS)),
  weights: Weights.default(() => Weights.parse({})),
  rules: Rules.default(() => Rules.parse({})),
  /** Who takes part and their leave; `staff` holds their details (a snapshot while published). */
  participants: z.array(Participant).default([]),
  staff: z.array(StaffMember).default([]),
  history: z.array(HistoryEntry).default([]),
  historySources: z.array(HistorySource).default([]),
  assignments: z.array(Assignment).default([]),
  seed: z.number().int().default(1),
  reminders: ReminderSetting.default(() => ReminderSetting.parse({})),
  /** Per-plan document details; null fields fall back to Settings. */
  document: DocumentInfo.partial().default({}),
  duties: z.array(z.string().min(1).max(300)).nullable().default(null),
  contacts: z.array(EmergencyContact).nullable().default(null),
});
export type PlanCore = z.infer<typeof PlanCore>;

/**
 * A published version freezes the whole plan as it was handed out (staff details, pattern, seats,
 * assignments), so exports, reminders and diffs of version N never change afterwards.
 */
export const PublishedVersion = z.object({
  version: z.number().int().positive(),
  publishedAt: Instant,
  note: z.string().max(500).default(''),
  plan: PlanCore,
});
export type PublishedVersion = z.infer<typeof PublishedVersion>;

export const Plan = PlanCore.extend({
  versions: z.array(PublishedVersion).default([]),
});
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;

/** What the plan list shows. */
export const PlanSummary = z.object({
  id: PlanId,
  name: z.string(),
  window: DutyWindow,
  status: PlanStatus,
  latestVersion: z.number().int().nullable(),
  holiday: HolidayRef.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export function summarize(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    name: plan.name,
    window: plan.window,
    status: plan.status,
    latestVersion: plan.versions.at(-1)?.version ?? null,
    holiday: plan.holiday,
    createdAt: plan.createdAt,
    updatedAt: plan.updatedAt,
  };
}
