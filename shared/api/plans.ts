import { z } from 'zod';
import { VersionDiff } from '../plan/diff';
import { DutyWindow, HolidayRef, Plan, PlanId, PlanSummary, SpecialDay } from '../plan/schema';
import { windowTooLong } from '../plan/input-limits';
import { ImportChoice } from '../plan/reimport';
import { changesOf } from './changes';
import { defineChannels } from './define';
import { DownloadFile, UploadedFile } from './files';
import { say } from '../i18n';

export const NoInput = z.object({}).strict().optional();

/** The parts of a plan the UI edits; id, dates of record and versions are the service's. */
const EditablePlan = Plan.pick({
  name: true,
  window: true,
  holiday: true,
  subject: true,
  specialDays: true,
  pattern: true,
  seats: true,
  weights: true,
  rules: true,
  participants: true,
  history: true,
  historySources: true,
  assignments: true,
  seed: true,
  reminders: true,
  document: true,
  duties: true,
  contacts: true,
});
/** A duty window typed in: at most PLAN_LIMITS.windowDays long (a stored longer one still loads). */
const TypedWindow = DutyWindow.superRefine((window, ctx) => {
  const long = windowTooLong(window);
  if (long) ctx.addIssue({ code: 'custom', message: say('vi', long), params: { message: long }, path: ['end'] });
});

/** Shallow: each field sent replaces that field whole (an absent `document` field means "as in Settings"). */
export const PlanChanges = changesOf(EditablePlan.shape).extend({ window: TypedWindow.optional() });
export type PlanChanges = z.infer<typeof PlanChanges>;

export const CreatePlanInput = z.object({
  name: z.string().trim().min(1, 'schema.planNameMissing').max(200),
  window: TypedWindow,
  holiday: HolidayRef.nullable().optional(),
  subject: z.string().max(300).optional(),
  specialDays: z.array(SpecialDay).optional(),
});
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;

const ById = z.object({ id: PlanId });

export const TrashedPlan = PlanSummary.extend({ deletedAt: z.string() });
export type TrashedPlan = z.infer<typeof TrashedPlan>;

/** A plan file whose plan is already stored: both sides, so the user can choose. */
export const ExistingPlan = z.object({
  fileName: z.string(),
  id: PlanId,
  storedName: z.string(),
  /** Latest published version number; null for a draft. */
  storedVersion: z.number().int().nullable(),
  importedName: z.string(),
  importedVersion: z.number().int().nullable(),
});
export type ExistingPlan = z.infer<typeof ExistingPlan>;

export const planChannels = defineChannels({
  'plans:list': { input: NoInput, output: z.array(PlanSummary) },
  'plans:get': { input: ById, output: Plan },
  'plans:create': { input: CreatePlanInput, output: Plan },
  'plans:update': {
    input: z.object({
      id: PlanId,
      changes: PlanChanges,
      /** The updatedAt the editor started from; a newer stored plan is a conflict, not overwritten. */
      baseUpdatedAt: z.string().optional(),
    }),
    output: Plan,
  },
  'plans:rename': { input: z.object({ id: PlanId, name: z.string().trim().min(1, 'schema.planNameMissing').max(200) }), output: Plan },
  'plans:duplicate': { input: ById, output: Plan },
  /** Moves the plan to the trash; `plans:restore` undoes it. */
  'plans:delete': { input: ById, output: z.object({ id: PlanId, name: z.string() }) },
  'plans:restore': { input: ById, output: Plan },
  /** The Thùng rác: deleted plans to restore, last deleted first. */
  'plans:trash': { input: NoInput, output: z.array(TrashedPlan) },
  'plans:publish': { input: z.object({ id: PlanId, note: z.string().max(500).optional() }), output: Plan },
  /** Changes between two published versions; `to` omitted means the working copy. */
  'plans:diff': { input: z.object({ id: PlanId, from: z.number().int().positive(), to: z.number().int().positive().optional() }), output: VersionDiff },
  /** The plan as a .lichtruc.json file to hand to the user; saving it is the host's. */
  // Strict: a `path` from an older page is refused, not quietly ignored.
  'plans:exportFile': { input: ById.strict(), output: z.object({ file: DownloadFile }) },
  /**
   * Imports the plan file the user picked (its bytes and name, never a path). When its plan is
   * already stored, nothing is written and `existing` asks; the page sends the file again with
   * the user's `onExisting`.
   */
  'plans:importFile': {
    input: z.strictObject({ file: UploadedFile, onExisting: ImportChoice.optional() }),
    output: z.union([z.object({ plan: Plan }), z.object({ existing: ExistingPlan })]),
  },
});
