import { z } from 'zod';
import { LocalTime } from '../time/local';
import { StaffRole } from '../staff/schema';

/** A shift of the day's pattern; it crosses midnight when `end` is not after `start`. */
export const ShiftTemplate = z.object({
  id: z.string().min(1).max(40),
  label: z.string().max(80).default(''),
  start: LocalTime,
  end: LocalTime,
});
export type ShiftTemplate = z.infer<typeof ShiftTemplate>;

export const ShiftPattern = z.object({
  presetId: z.string().nullable().default(null),
  shifts: z.array(ShiftTemplate).min(1, 'schema.shiftsMissing'),
});
export type ShiftPattern = z.infer<typeof ShiftPattern>;

export const SeatKind = z.enum(['onsite', 'standby']);
export type SeatKind = z.infer<typeof SeatKind>;

/** One place to fill in every shift it applies to. */
export const SeatTemplate = z.object({
  id: z.string().min(1).max(40),
  role: StaffRole,
  skill: z.string().nullable().default(null),
  kind: SeatKind,
  label: z.string().max(80).default(''),
});
export type SeatTemplate = z.infer<typeof SeatTemplate>;

/** Which shifts a seat override applies to. */
export const SeatCondition = z.enum(['night', 'day', 'holiday', 'giao-thua', 'mung-1']);
export type SeatCondition = z.infer<typeof SeatCondition>;

export const SeatOverride = z.object({
  when: SeatCondition,
  /** Replaces the default seats of matching shifts (the last matching override wins). */
  seats: z.array(SeatTemplate),
});
export type SeatOverride = z.infer<typeof SeatOverride>;

export const SeatPlan = z.object({
  default: z.array(SeatTemplate),
  overrides: z.array(SeatOverride).default([]),
});
export type SeatPlan = z.infer<typeof SeatPlan>;

export const PATTERN_PRESETS = {
  '3x8': [
    { id: 'sang', label: 'Ca sáng', start: '06:00', end: '14:00' },
    { id: 'chieu', label: 'Ca chiều', start: '14:00', end: '22:00' },
    { id: 'dem', label: 'Ca đêm', start: '22:00', end: '06:00' },
  ],
  '2x12': [
    { id: 'ngay', label: 'Ca ngày', start: '07:30', end: '19:30' },
    { id: 'dem', label: 'Ca đêm', start: '19:30', end: '07:30' },
  ],
  '24h': [{ id: 'ngay-dem', label: 'Ca 24 giờ', start: '07:30', end: '07:30' }],
  'office-night': [
    { id: 'hanh-chinh', label: 'Ca hành chính', start: '07:30', end: '17:00' },
    { id: 'dem', label: 'Ca đêm', start: '17:00', end: '07:30' },
  ],
} as const satisfies Record<string, ShiftTemplate[]>;
export type PatternPresetId = keyof typeof PATTERN_PRESETS;

export function presetPattern(id: PatternPresetId): ShiftPattern {
  return { presetId: id, shifts: PATTERN_PRESETS[id].map((s) => ({ ...s })) };
}

export const DEFAULT_SEATS: SeatPlan = {
  default: [
    { id: 'lanh-dao', role: 'leader', skill: null, kind: 'standby', label: 'Lãnh đạo trực' },
    { id: 'ky-thuat-attt', role: 'technician', skill: 'security', kind: 'onsite', label: 'Cán bộ kỹ thuật ATTT' },
    { id: 'ky-thuat', role: 'technician', skill: null, kind: 'onsite', label: 'Cán bộ kỹ thuật' },
  ],
  overrides: [],
};
