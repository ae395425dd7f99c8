import { TZDate } from '@date-fns/tz';
import { VN_TIME_ZONE, splitDate } from './local';

/** Vietnam wall-clock time (`YYYY-MM-DDTHH:mm`) → epoch milliseconds. */
export function vnToEpoch(local: string): number {
  const { year, month, day } = splitDate(local);
  const hour = Number(local.slice(11, 13) || 0);
  const minute = Number(local.slice(14, 16) || 0);
  return new TZDate(year, month - 1, day, hour, minute, VN_TIME_ZONE).getTime();
}

/** Epoch milliseconds → Vietnam wall-clock time `YYYY-MM-DDTHH:mm`. */
export function epochToVn(epoch: number): string {
  const d = new TZDate(epoch, VN_TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A TZDate in Asia/Ho_Chi_Minh, for libraries (ical-generator) that must not see the machine's zone. */
export function vnTzDate(epoch: number): TZDate {
  return new TZDate(epoch, VN_TIME_ZONE);
}
