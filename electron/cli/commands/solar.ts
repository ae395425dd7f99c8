import { lunarToSolar } from '../../../shared/calendar/lunar';
import { calendarValue, integerArg, positionalsOf } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, type Command } from '../command';
import { emit } from '../output';

const USAGE = 'lich-truc solar NĂM THÁNG NGÀY [--leap] [-o TỆP]   (ngày âm lịch → ngày dương lịch YYYY-MM-DD)';

const OPTIONS = { out: COMMON_OPTIONS.out, leap: { type: 'boolean', default: false } } as const;

/** Lunar → solar, e.g. `solar 2026 1 1` → 2026-02-17. */
export const solarCommand: Command = {
  name: 'solar',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [year, month, day] = positionalsOf(positionals, ['NĂM', 'THÁNG', 'NGÀY'], USAGE) as [string, string, string];
    const parts = [integerArg(year, 'Năm'), integerArg(month, 'Tháng'), integerArg(day, 'Ngày')] as const;
    emit(
      ctx.io,
      calendarValue(() => lunarToSolar(...parts, values.leap)),
      values.out,
    );
    return EXIT.ok;
  },
};
