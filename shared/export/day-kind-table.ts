import { dayKindsOf } from '../calendar/day-kind';
import { formatWeekday } from '../i18n/dates';
import type { PlanCore } from '../plan/schema';
import { addDays } from '../time/local';
import { DAY_KIND_WORDS } from './pay-class-words';

/** Every date of the duty window with its kind of day: what the timesheet classes rest on, for the clerk to check. */
export function dayKindTable(core: Pick<PlanCore, 'holiday' | 'window'>) {
  const kindOf = dayKindsOf(core);
  const rows: string[][] = [];
  for (let date = core.window.start.slice(0, 10); date <= core.window.end.slice(0, 10); date = addDays(date, 1)) {
    rows.push([date, formatWeekday(date), DAY_KIND_WORDS[kindOf(date)]]);
  }
  return {
    columns: [
      { header: 'Ngày', type: 'date' as const },
      { header: 'Thứ', type: 'text' as const },
      { header: 'Loại ngày', type: 'text' as const },
    ],
    rows,
  };
}
