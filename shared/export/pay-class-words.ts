import { DAY_KINDS, type DayKind } from '../calendar/day-kind';
import type { PayClass } from '../settings/pay-rule';

/** The kinds of day as payroll clerks name them. */
export const DAY_KIND_WORDS: Record<DayKind, string> = {
  working: 'Ngày thường',
  'weekly-rest': 'Ngày nghỉ hằng tuần',
  holiday: 'Ngày lễ, Tết',
  compensatory: 'Ngày nghỉ bù',
};

/** "Ngày lễ, Tết — ban đêm (22:00–06:00)". */
export const PAY_CLASS_WORDS = Object.fromEntries(
  DAY_KINDS.flatMap((kind) => [
    [`${kind}.day`, `${DAY_KIND_WORDS[kind]} — ban ngày`],
    [`${kind}.night`, `${DAY_KIND_WORDS[kind]} — ban đêm (22:00–06:00)`],
  ]),
) as Record<PayClass, string>;
