import { lunarJson, lunarRangeCsv } from '../../../shared/calendar/lunar-csv';
import { msg } from '../../../shared/i18n';
import { positionalsOf } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, usageError, type Command } from '../command';
import { emit } from '../output';

const USAGE = msg('cli.usage.lunar');

const OPTIONS = {
  out: COMMON_OPTIONS.out,
  from: { type: 'string' },
  to: { type: 'string' },
  csv: { type: 'boolean', default: false },
} as const;

/** Solar → lunar: one day as JSON, or a range of days as CSV (the shapes automated checks read). */
export const lunarCommand: Command = {
  name: 'lunar',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const range = values.from !== undefined || values.to !== undefined;
    if (range) {
      positionalsOf(positionals, [], USAGE);
      if (values.from === undefined || values.to === undefined) throw usageError(msg('cli.lunar.fromTo'), USAGE);
      // A year of days is too long for one JSON line; CSV is the range's one format, asked for explicitly.
      if (!values.csv) throw usageError(msg('cli.lunar.csvOnly'), USAGE);
      const { from, to } = values;
      emit(ctx.io, lunarRangeCsv(from, to), values.out);
      return EXIT.ok;
    }
    const [date] = positionalsOf(positionals, [msg('cli.arg.day')], USAGE) as [string];
    emit(ctx.io, values.csv ? lunarRangeCsv(date, date) : lunarJson(date), values.out);
    return EXIT.ok;
  },
};
