import { z } from 'zod';
import { VersionDiff } from '../plan/diff';
import { DutyWindow, HolidayRef, Plan, PlanId, PlanSummary, SpecialDay } from '../plan/schema';
import { defineChannels } from './define';
import { Cancelled, FileResult } from './file-result';

export const NoInput = z.object({}).strict().optional();

type OptionalWithoutDefaults<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner extends z.ZodType> ? Inner : S[K]>;
};

/**
 * Every field optional and none defaulted: zod 4 fills a defaulted field even when it is optional
 * and absent, so `.partial()` would turn `{ name }` into a change that also resets the pattern,
 * seats, participants and assignments to their defaults.
 */
function optionalWithoutDefaults<S extends z.ZodRawShape>(shape: S) {
  const fields = Object.entries(shape).map(([key, field]) => [key, z.optional(field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field)]);
  return z.object(Object.fromEntries(fields) as OptionalWithoutDefaults<S>);
}

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
  assignments: true,
  seed: true,
  reminders: true,
  document: true,
  duties: true,
  contacts: true,
});
export const PlanChanges = optionalWithoutDefaults(EditablePlan.shape);
export type PlanChanges = z.infer<typeof PlanChanges>;

export const CreatePlanInput = z.object({
  name: z.string().trim().min(1, 'Thiếu tên kế hoạch').max(200),
  window: DutyWindow,
  holiday: HolidayRef.nullable().optional(),
  subject: z.string().max(300).optional(),
  specialDays: z.array(SpecialDay).optional(),
});
export type CreatePlanInput = z.infer<typeof CreatePlanInput>;

const ById = z.object({ id: PlanId });

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
  'plans:rename': { input: z.object({ id: PlanId, name: z.string().trim().min(1, 'Thiếu tên kế hoạch').max(200) }), output: Plan },
  'plans:duplicate': { input: ById, output: Plan },
  /** Moves the plan to the trash; `plans:restore` undoes it. */
  'plans:delete': { input: ById, output: z.object({ id: PlanId, name: z.string() }) },
  'plans:restore': { input: ById, output: Plan },
  'plans:publish': { input: z.object({ id: PlanId, note: z.string().max(500).optional() }), output: Plan },
  /** Changes between two published versions; `to` omitted means the working copy. */
  'plans:diff': { input: z.object({ id: PlanId, from: z.number().int().positive(), to: z.number().int().positive().optional() }), output: VersionDiff },
  'plans:exportFile': { input: z.object({ id: PlanId, path: z.string().optional() }), output: FileResult },
  'plans:importFile': {
    input: z.object({ path: z.string().optional() }),
    output: z.union([z.object({ plan: Plan }), Cancelled]),
  },
});
