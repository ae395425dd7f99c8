/** The values a readiness message's placeholders take. */
type Params = Readonly<Record<string, string | number>>;

/** Why the checklist refuses a change; the words live in shared/i18n under `readiness.error.<code>`. */
export const READINESS_ERROR_CODES = ['UNKNOWN_TASK', 'UNKNOWN_STAFF', 'DUE_NOT_BEFORE_WINDOW', 'TOO_MANY_TASKS', 'DUPLICATE_TASK'] as const;
export type ReadinessErrorCode = (typeof READINESS_ERROR_CODES)[number];

export class ReadinessError extends Error {
  constructor(
    readonly code: ReadinessErrorCode,
    readonly params: Params = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ReadinessError';
  }
}
