import type { SeatKind } from '../plan/pattern';

/**
 * One word for each kind of seat in every export (and the same in the UI's Vietnamese): "trực chờ"
 * is on call, away from the site, ready to come when called.
 */
export const SEAT_KIND_WORDS: Record<SeatKind, { short: string; long: string }> = {
  onsite: { short: 'Tại chỗ', long: 'trực tại chỗ' },
  standby: { short: 'Trực chờ', long: 'trực chờ, sẵn sàng khi được gọi' },
};
