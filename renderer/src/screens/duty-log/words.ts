import { formatDateLong, formatEpoch } from '../../../../shared/i18n/dates';
import type { PageShift } from '../../../../shared/duty-log/logged-plan';
import type { Language } from '../../../../shared/settings/schema';
import { epochToVn } from '../../../../shared/time/zone';

/** "14:05" on Vietnam's clock. */
export const clockOf = (iso: string | number) => epochToVn(typeof iso === 'number' ? iso : Date.parse(iso)).slice(11, 16);

/** "14/02/2026 14:05". */
export const whenOf = (iso: string | number) => formatEpoch(typeof iso === 'number' ? iso : Date.parse(iso));

/** "Ca sáng 06:00–14:00, Thứ Bảy, 14/02/2026". */
export function shiftTitle(shift: Pick<PageShift, 'label' | 'start' | 'end'>, language: Language): string {
  return `${shift.label} ${clockOf(shift.start)}–${clockOf(shift.end)}, ${formatDateLong(epochToVn(shift.start).slice(0, 10), language)}`;
}
