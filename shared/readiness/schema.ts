import { z } from 'zod';
import { PlanId } from '../plan/schema';
import { StaffId } from '../staff/schema';
import { Instant, LocalDate } from '../time/local';

/**
 * The readiness checklist (việc chuẩn bị) of one plan: the work the official letters order before
 * the holiday — patching, malware scans, botnet lists, backups, the incident-response plan. It is a
 * document of its own (`readiness/<planId>.json`), beside the plan like its duty log, so editing it
 * never touches the plan, and it follows the plan into the trash and back.
 */
export const READINESS_SCHEMA_VERSION = 1;

export const ReadinessTaskId = z.string().min(1).max(64);

/** chưa làm / đang làm / xong. */
export const READINESS_STATUSES = ['todo', 'doing', 'done'] as const;
export const ReadinessStatus = z.enum(READINESS_STATUSES);
export type ReadinessStatus = z.infer<typeof ReadinessStatus>;

export const TASK_TITLE_MAX = 200;
export const TASK_NOTE_MAX = 1000;

export const ReadinessTask = z.object({
  id: ReadinessTaskId,
  title: z.string().trim().min(1).max(TASK_TITLE_MAX),
  /** The staff member who does it; null until someone is chosen. */
  assigneeId: StaffId.nullable().default(null),
  /** Their name when assigned, so the list still reads if they leave the directory. */
  assigneeName: z.string().max(200).default(''),
  /** The day it must be done by (Vietnam's calendar), before the duty window starts. */
  due: LocalDate,
  status: ReadinessStatus.default('todo'),
  note: z.string().trim().max(TASK_NOTE_MAX).default(''),
  /** When it was marked done; null while it is not. */
  doneAt: Instant.nullable().default(null),
  updatedAt: Instant,
});
export type ReadinessTask = z.infer<typeof ReadinessTask>;

export const ReadinessDocument = z.object({
  schemaVersion: z.literal(READINESS_SCHEMA_VERSION),
  planId: PlanId,
  tasks: z.array(ReadinessTask).max(100),
  updatedAt: Instant,
});
export type ReadinessDocument = z.infer<typeof ReadinessDocument>;
