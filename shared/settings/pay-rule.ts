import { z } from 'zod';
import { DAY_KINDS, type DayKind } from '../calendar/day-kind';

/**
 * How duty hours are paid, per unit: the timesheet weighs each person's hours by the percentage of
 * their class (kind of day × day or night, Labour Code 2019 Art. 98, 106). The defaults and their
 * legal sources are in docs/pay-rules.md; every percentage stays editable, since collective
 * agreements and internal pay rules may pay more than these minimums.
 */
export const PayScheme = z.enum(['enterprise', 'state']);
export type PayScheme = z.infer<typeof PayScheme>;

export const PAY_CLASSES = DAY_KINDS.flatMap((kind) => [`${kind}.day`, `${kind}.night`] as const);
export type PayClass = `${DayKind}.${'day' | 'night'}`;
export const PayClass = z.enum(PAY_CLASSES as [PayClass, ...PayClass[]]);

export const payClassOf = (kind: DayKind, night: boolean): PayClass => `${kind}.${night ? 'night' : 'day'}`;

/**
 * The minimums of each scheme, in % of the hourly wage.
 * - enterprise (Labour Code Art. 98; Decree 145/2020/NĐ-CP Art. 55, 57): overtime 150 / 200 / 300 %;
 *   at night +30 % and +20 % of the day rate of that kind of day (Art. 98(2), (3)); the compensatory
 *   day is the weekly rest day moved (Art. 111(3)), paid as one.
 * - state (joint circular 08/2005/TTLT-BNV-BTC): 150 / 200 / 300 % (300 % also on the day given back
 *   for a holiday on a weekly rest day), times 130 % at night.
 */
export const DEFAULT_PAY_PERCENT: Record<PayScheme, Record<PayClass, number>> = {
  enterprise: {
    'working.day': 150,
    'working.night': 200,
    'weekly-rest.day': 200,
    'weekly-rest.night': 270,
    'holiday.day': 300,
    'holiday.night': 390,
    'compensatory.day': 200,
    'compensatory.night': 270,
  },
  state: {
    'working.day': 150,
    'working.night': 195,
    'weekly-rest.day': 200,
    'weekly-rest.night': 260,
    'holiday.day': 300,
    'holiday.night': 390,
    'compensatory.day': 300,
    'compensatory.night': 390,
  },
};

export const PayRule = z.object({
  scheme: PayScheme,
  percent: z.record(PayClass, z.number().min(0).max(1000)),
});
export type PayRule = z.infer<typeof PayRule>;

export const defaultPayRule = (scheme: PayScheme = 'state'): PayRule => ({ scheme, percent: { ...DEFAULT_PAY_PERCENT[scheme] } });
