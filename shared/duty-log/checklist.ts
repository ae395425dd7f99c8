import { translate } from '../i18n';
import type { Language } from '../settings/schema';
import { DUTY_LOG_SCHEMA_VERSION, type CheckItem, type DutyLog } from './schema';

/**
 * What the official letters on holiday cyber-security duty ask each shift to look at, worded by
 * `dutyLog.seed.<id>`. A plan's log starts with these; the IT head adds, renames or retires items
 * during the holiday.
 */
export const DEFAULT_CHECKS = ['soc', 'malware', 'portal', 'backup', 'alerts', 'botnet'] as const;

/**
 * A log nothing has been written in yet: the default checklist in the UI's language (written into
 * the log, like the readiness checklist's seed, once something is recorded), owed from the first shift.
 */
export function emptyDutyLog(planId: string, now: string, language: Language = 'vi'): DutyLog {
  return {
    schemaVersion: DUTY_LOG_SCHEMA_VERSION,
    planId,
    checklist: DEFAULT_CHECKS.map((id) => ({ id, label: translate(language, `dutyLog.seed.${id}`), since: null, retiredAt: null })),
    shifts: [],
    incidents: [],
    people: [],
    updatedAt: now,
  };
}

/** Whether a shift [start, end) owes an item: it was on the checklist at some time during the shift. */
export function owedDuring(item: CheckItem, start: number, end: number): boolean {
  const since = item.since === null ? -Infinity : Date.parse(item.since);
  const until = item.retiredAt === null ? Infinity : Date.parse(item.retiredAt);
  return since < end && until > start;
}
