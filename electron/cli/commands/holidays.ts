import { periodLength } from '../../../shared/calendar/holiday-plan';
import { holidayName, holidaysOfYear, type Holiday } from '../../../shared/calendar/holidays';
import { say, translate } from '../../../shared/i18n';
import { formatDate, formatWeekday } from '../../../shared/i18n/dates';
import { msg } from '../../../shared/i18n/message';
import type { Language } from '../../../shared/settings/schema';
import { integerArg, positionalsOf } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, type Command } from '../command';
import { emit, json } from '../output';

const USAGE = msg('cli.usage.holidays');

function describe(holiday: Holiday, language: Language): string {
  const day = (date: string) => `${formatWeekday(date, language)} ${formatDate(date)}`;
  const { first, last } = holiday.daysOff;
  // A proposal's note says what to check, so its status line stays short.
  const status = translate(language, holiday.status === 'official' ? 'cli.holidays.official' : 'cli.holidays.proposed');
  return [
    `${holidayName(holiday, language)} — ${status}`,
    translate(language, 'cli.holidays.off', { days: first === last ? day(first) : `${day(first)} → ${day(last)}`, count: periodLength(holiday.daysOff) }),
    translate(language, 'cli.holidays.legal', { days: holiday.legalDays.map(formatDate).join(', ') }),
    ...holiday.swaps.map((s) => translate(language, 'cli.holidays.swap', { off: day(s.off), worked: day(s.worked) })),
    ...(holiday.note ? [translate(language, 'cli.holidays.note', { note: holiday.note })] : []),
  ].join('\n');
}

/** The Labour Code's holidays of a year with their periods off, official or proposed. */
export const holidaysCommand: Command = {
  name: 'holidays',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, COMMON_OPTIONS, USAGE);
    const [yearText] = positionalsOf(positionals, [msg('cli.arg.year')], USAGE) as [string];
    const year = integerArg(yearText, msg('cli.what.year'));
    const holidays = holidaysOfYear(year);
    // Scripts read the JSON: its names and notes are the Vietnamese texts, whatever the CLI speaks.
    if (values.json) return (emit(ctx.io, json(holidays.map(({ note, ...h }) => ({ ...h, ...(note && { note: say('vi', note) }) }))), values.out), EXIT.ok);
    // The year as written, not as a number (2.026 would not be a year).
    const heading = translate(ctx.language, 'cli.holidays.heading', { year: String(year) });
    emit(ctx.io, [heading, ...holidays.map((h) => describe(h, ctx.language))].join('\n\n'), values.out);
    return EXIT.ok;
  },
};
