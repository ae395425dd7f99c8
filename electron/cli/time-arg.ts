import { DutyLogError } from '../../shared/duty-log/errors';
import { LocalDateTime } from '../../shared/time/local';
import { epochToVn, vnToEpoch } from '../../shared/time/zone';

const HOURS_MINUTES = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = 86_400_000;

/**
 * A time typed on the command line, as an ISO instant: `2027-02-03T14:05` or `2027-02-03 14:05`
 * (Vietnam time), an ISO instant with its zone, or `14:05` — the moment with that clock time
 * nearest to the shift (a night shift's 02:10 is the next morning's).
 */
export function timeArg(text: string, shift?: { start: number; end: number }): string {
  const trimmed = text.trim();
  if (WITH_ZONE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return new Date(trimmed).toISOString();
  const local = trimmed.replace(' ', 'T');
  if (LocalDateTime.safeParse(local).success) return new Date(vnToEpoch(local)).toISOString();
  const hm = HOURS_MINUTES.exec(trimmed);
  if (hm && shift) {
    const clock = `${hm[1]!.padStart(2, '0')}:${hm[2]}`;
    const startDay = epochToVn(shift.start).slice(0, 10);
    const candidates = [-DAY, 0, DAY, 2 * DAY].map((offset) => vnToEpoch(`${epochToVn(vnToEpoch(`${startDay}T12:00`) + offset).slice(0, 10)}T${clock}`));
    const distance = (t: number) => (t < shift.start ? shift.start - t : t > shift.end ? t - shift.end : 0);
    const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    return new Date(best).toISOString();
  }
  throw new DutyLogError('TIME_INVALID', { at: text });
}
