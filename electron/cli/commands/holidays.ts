import { periodLength } from '../../../shared/calendar/holiday-plan';
import { holidaysOfYear, type Holiday } from '../../../shared/calendar/holidays';
import { formatDate, formatWeekday } from '../../../shared/i18n/dates';
import { calendarValue, integerArg, positionalsOf } from '../calendar-args';
import { COMMON_OPTIONS, EXIT, parse, type Command } from '../command';
import { emit, json } from '../output';

const USAGE = 'lich-truc holidays NĂM [--json] [-o TỆP]   (các ngày lễ của năm và thời gian nghỉ)';

const day = (date: string) => `${formatWeekday(date)} ${formatDate(date)}`;

function describe(holiday: Holiday): string {
  const { first, last } = holiday.daysOff;
  // A proposal's note says what to check, so its status line stays short.
  const status = holiday.status === 'official' ? 'chính thức' : 'đề xuất';
  return [
    `${holiday.name} — ${status}`,
    `  Nghỉ: ${first === last ? day(first) : `${day(first)} → ${day(last)}`} (${periodLength(holiday.daysOff)} ngày)`,
    `  Ngày lễ theo luật: ${holiday.legalDays.map(formatDate).join(', ')}`,
    ...holiday.swaps.map((s) => `  Hoán đổi: nghỉ ${day(s.off)}, làm bù ${day(s.worked)}`),
    ...(holiday.note ? [`  Ghi chú: ${holiday.note}`] : []),
  ].join('\n');
}

/** The Labour Code's holidays of a year with their periods off, official or proposed. */
export const holidaysCommand: Command = {
  name: 'holidays',
  usage: USAGE,
  async run(ctx) {
    const { values, positionals } = parse(ctx.args, COMMON_OPTIONS, USAGE);
    const [yearText] = positionalsOf(positionals, ['NĂM'], USAGE) as [string];
    const year = integerArg(yearText, 'Năm');
    const holidays = calendarValue(() => holidaysOfYear(year));
    if (values.json) return (emit(ctx.io, json(holidays), values.out), EXIT.ok);
    const heading = `Ngày lễ năm ${year} (Bộ luật Lao động 2019, Điều 112)`;
    emit(ctx.io, [heading, ...holidays.map(describe)].join('\n\n'), values.out);
    return EXIT.ok;
  },
};
