/** Impossible calendar input, worded for the Vietnamese user first and for logs in English. */
export function calendarError(vi: string, en: string): RangeError {
  return new RangeError(`${vi} (${en})`);
}
