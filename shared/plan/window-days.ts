import { addDays, type LocalDate, type LocalTime } from '../time/local';
import type { DutyWindow } from './schema';

/** One calendar day of a duty window; `from`/`until` are set where the window starts or ends within it. */
export interface WindowDay {
  date: LocalDate;
  from: LocalTime | null;
  until: LocalTime | null;
}

/** Each day the window covers, in order. A window ending at 00:00 covers nothing of its last date. */
export function windowDays({ start, end }: DutyWindow): WindowDay[] {
  const time = (local: string) => local.slice(11, 16);
  const endsAtMidnight = time(end) === '00:00';
  const lastDate = endsAtMidnight ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
  const days: WindowDay[] = [];
  for (let date = start.slice(0, 10); date <= lastDate; date = addDays(date, 1)) {
    const first = date === start.slice(0, 10) && time(start) !== '00:00';
    const last = date === lastDate && !endsAtMidnight;
    days.push({ date, from: first ? time(start) : null, until: last ? time(end) : null });
  }
  return days;
}
