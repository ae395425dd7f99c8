import { TZDate } from '@date-fns/tz';
import { VN_TIME_ZONE, splitDate } from './local';

/** Vietnam wall-clock time (`YYYY-MM-DDTHH:mm`) → epoch milliseconds. */
export function vnToEpoch(local: string): number {
  const { year, month, day } = splitDate(local);
  const hour = Number(local.slice(11, 13) || 0);
  const minute = Number(local.slice(14, 16) || 0);
  return new TZDate(year, month - 1, day, hour, minute, VN_TIME_ZONE).getTime();
}

/** One formatter for all conversions: building a TZDate per call costs ~0.2 ms, which adds up in schedules. */
const vnParts = new Intl.DateTimeFormat('en-US', {
  timeZone: VN_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Epoch milliseconds → Vietnam wall-clock time `YYYY-MM-DDTHH:mm`. */
export function epochToVn(epoch: number): string {
  const part = Object.fromEntries(vnParts.formatToParts(epoch).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** A TZDate in Asia/Ho_Chi_Minh, for libraries (ical-generator) that must not see the machine's zone. */
export function vnTzDate(epoch: number): TZDate {
  return new TZDate(epoch, VN_TIME_ZONE);
}
