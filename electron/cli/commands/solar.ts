import { lunarToSolar } from '../../../shared/calendar/lunar';
import { msg } from '../../../shared/i18n';
import { integerArg, positionalsOf } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, type Command } from '../command';
import { emit } from '../output';

const USAGE = msg('cli.usage.solar');

const OPTIONS = { out: COMMON_OPTIONS.out, leap: { type: 'boolean', default: false } } as const;

/** Lunar → solar, e.g. `solar 2026 1 1` → 2026-02-17. */
export const solarCommand: Command = {
  name: 'solar',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, OPTIONS, USAGE);
    const [year, month, day] = positionalsOf(positionals, [msg('cli.arg.year'), msg('cli.arg.month'), msg('cli.arg.day')], USAGE) as [string, string, string];
    const parts = [integerArg(year, msg('cli.what.year')), integerArg(month, msg('cli.what.month')), integerArg(day, msg('cli.what.day'))] as const;
    emit(ctx.io, lunarToSolar(...parts, values.leap), values.out);
    return EXIT.ok;
  },
};
