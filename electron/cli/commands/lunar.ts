import { lunarJson, lunarRangeCsv } from '../../../shared/calendar/lunar-csv';
import { calendarValue, positionalsOf, usageError } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, type Command } from '../command';
import { emit } from '../output';

const USAGE = 'lich-truc lunar NGÀY | lunar --from NGÀY --to NGÀY --csv [-o TỆP]   (NGÀY dạng YYYY-MM-DD)';

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
      if (values.from === undefined || values.to === undefined) throw usageError('Cần cả --from và --to.', USAGE);
      // A year of days is too long for one JSON line; CSV is the range's one format, asked for explicitly.
      if (!values.csv) throw usageError('Một khoảng ngày chỉ in được dạng CSV: thêm --csv.', USAGE);
      const { from, to } = values;
      emit(
        ctx.io,
        calendarValue(() => lunarRangeCsv(from, to)),
        values.out,
      );
      return EXIT.ok;
    }
    const [date] = positionalsOf(positionals, ['NGÀY'], USAGE) as [string];
    emit(
      ctx.io,
      calendarValue(() => (values.csv ? lunarRangeCsv(date, date) : lunarJson(date))),
      values.out,
    );
    return EXIT.ok;
  },
};
