import { z } from 'zod';
import { DutyWindow, PlanId } from '../plan/schema';
import { ReadinessStatus, ReadinessTask, ReadinessTaskId, TASK_NOTE_MAX, TASK_TITLE_MAX } from '../readiness/schema';
import { StaffId } from '../staff/schema';
import { LocalDate } from '../time/local';
import { defineChannels } from './define';

/** A plan's readiness checklist as the screens show it, with what is late worked out on the services' clock. */
export const ReadinessView = z.object({
  plan: z.object({ id: PlanId, name: z.string(), window: DutyWindow }),
  /** False while nothing was written: the tasks are the letters' seed, in the settings' language. */
  stored: z.boolean(),
  tasks: z.array(ReadinessTask),
  /** Today in Vietnam, by the services' clock. */
  today: LocalDate,
  /** The due date a new task gets. */
  defaultDue: LocalDate,
  /** The last day a task may be due: the day before the duty window starts. */
  latestDue: LocalDate,
  /** Tasks not done whose due day is over. */
  overdue: z.array(ReadinessTaskId),
  /** Tasks whose due date is no longer before the duty window (it was moved earlier). */
  late: z.array(ReadinessTaskId),
  /** Who can be assigned: the plan's staff, then the directory's other active members. */
  people: z.array(z.object({ id: StaffId, fullName: z.string() })),
});
export type ReadinessView = z.infer<typeof ReadinessView>;

const OnPlan = z.object({ planId: PlanId });
const OnTask = OnPlan.extend({ taskId: ReadinessTaskId });
const Title = z.string().trim().min(1).max(TASK_TITLE_MAX);
const Note = z.string().trim().max(TASK_NOTE_MAX);

export const readinessChannels = defineChannels({
  'readiness:get': { input: OnPlan, output: ReadinessView },
  /** Due omitted: the default day (the working day before the window starts). */
  'readiness:add': {
    input: OnPlan.extend({ title: Title, assigneeId: StaffId.nullable().optional(), due: LocalDate.optional(), note: Note.optional() }),
    output: ReadinessView.extend({ taskId: ReadinessTaskId }),
  },
  'readiness:update': {
    input: OnTask.extend({
      changes: z.object({ title: Title, assigneeId: StaffId.nullable(), due: LocalDate, status: ReadinessStatus, note: Note }).partial(),
    }),
    output: ReadinessView,
  },
  /** Returns what was removed and where, for an undo (`readiness:restore`). */
  'readiness:remove': { input: OnTask, output: ReadinessView.extend({ removed: z.object({ task: ReadinessTask, index: z.number().int().nonnegative() }) }) },
  'readiness:restore': { input: OnPlan.extend({ task: ReadinessTask, index: z.number().int().nonnegative() }), output: ReadinessView },
  'readiness:move': { input: OnTask.extend({ to: z.number().int().nonnegative() }), output: ReadinessView },
});
