/** The values a duty-log message's placeholders take, as they cross IPC (DutyLogWarningShape). */
type Params = Readonly<Record<string, string | number>>;

/** Why the duty log refuses a change; the words live in shared/i18n under `dutyLog.error.<code>`. */
export const DUTY_LOG_ERROR_CODES = [
  'NOT_PUBLISHED',
  'UNKNOWN_SHIFT',
  'UNKNOWN_SEAT',
  'UNKNOWN_STAFF',
  'NOT_IN_SHIFT',
  'SAME_PERSON',
  'NEEDS_CONFIRMATION',
  'INCIDENT_TIME_MISSING',
  'INCIDENT_IN_FUTURE',
  'UNKNOWN_INCIDENT',
  'UNKNOWN_CHECK',
  'HANDOVER_MISSING',
  'SIGNER_NOT_LEADER',
  'TIME_INVALID',
] as const;
export type DutyLogErrorCode = (typeof DUTY_LOG_ERROR_CODES)[number];

export class DutyLogError extends Error {
  constructor(
    readonly code: DutyLogErrorCode,
    readonly params: Params = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DutyLogError';
  }
}

/** A warning that does not stop the change (a check-in outside its shift's time …). */
export interface DutyLogWarning {
  code: 'CHECKIN_OUTSIDE_SHIFT';
  params: Params;
}
