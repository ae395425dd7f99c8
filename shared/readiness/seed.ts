import type { DutyWindow } from '../plan/schema';
import { defaultDue } from './due';
import { READINESS_SCHEMA_VERSION, type ReadinessDocument } from './schema';

/**
 * The preparation work the official letters on holiday cyber-security duty order, in their order:
 * review and fix vulnerabilities, patch per the authorities' alerts, scan and clean malware on
 * servers and workstations, check the unit's systems against the botnet IP lists, check backups and
 * that they restore, review the incident-response plan, remind staff of online fraud. Their titles
 * are in the catalog (`readiness.seed.<id>`), seeded in the user's language.
 */
export const SEED_TASK_IDS = ['vulnerabilities', 'patches', 'malware', 'botnet', 'backup', 'incident-plan', 'fraud-awareness'] as const;
export type SeedTaskId = (typeof SEED_TASK_IDS)[number];

/** The checklist of a plan nothing has been written for yet: the letters' tasks, unassigned, due the default day. */
export function seededChecklist(planId: string, window: DutyWindow, now: string, titleOf: (id: SeedTaskId) => string): ReadinessDocument {
  const due = defaultDue(window);
  return {
    schemaVersion: READINESS_SCHEMA_VERSION,
    planId,
    tasks: SEED_TASK_IDS.map((id) => ({ id, title: titleOf(id), assigneeId: null, assigneeName: '', due, status: 'todo', note: '', doneAt: null, updatedAt: now })),
    updatedAt: now,
  };
}
