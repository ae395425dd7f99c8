import { escapeLines } from '../export/print/escape';
import { htmlPage } from '../export/print/official-parts';
import { printCss } from '../export/print/page-style';
import { DAY_KINDS } from '../calendar/day-kind';
import { DAY_KIND_WORDS } from '../export/pay-class-words';
import { kindMinutes, nightMinutes, totalMinutes, type TimesheetEntry } from '../export/timesheet';
import type { PlanCore } from '../plan/schema';
import { vnToEpoch } from '../time/zone';
import { wallTime, type LogTables } from './log-rows';
import type { DutyLogSummary } from './summary';

const LOG_CSS = `
h2.part { font-size: 13pt; margin: 12pt 0 4pt; }
table.log { width: 100%; border-collapse: collapse; font-size: 10pt; line-height: 1.15; }
table.log th, table.log td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: top; text-align: left; }
table.log th { font-weight: bold; text-align: center; }
table.log thead { display: table-header-group; }
table.log tr { break-inside: avoid; }
p.figures { margin: 0 0 6pt; }
`;

function table(rows: readonly (readonly string[])[], dropLast = false): string {
  const [header = [], ...body] = rows;
  const cut = (r: readonly string[]) => (dropLast ? r.slice(0, -1) : r);
  if (!body.length) return '<p><i>Không có.</i></p>';
  return `<table class="log"><thead><tr>${cut(header)
    .map((h) => `<th>${escapeLines(h)}</th>`)
    .join('')}</tr></thead><tbody>${body
    .map(
      (r) =>
        `<tr>${cut(r)
          .map((c) => `<td>${escapeLines(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100).replace('.', ',');

function timesheetTable(entries: readonly TimesheetEntry[]): string {
  return table([
    ['Họ và tên', 'Số ca', ...DAY_KINDS.map((k) => DAY_KIND_WORDS[k]), 'Trong đó ban đêm (22:00–06:00)', 'Tổng số giờ'],
    ...entries.map((e) => [e.person.fullName, String(e.shifts), ...[...DAY_KINDS.map((k) => kindMinutes(e, k)), nightMinutes(e), totalMinutes(e)].map(hours)]),
  ]);
}

/**
 * The printed duty log (Sổ nhật ký trực): who came, checks, incidents, notes and handovers, and
 * the timesheet of the actual roster, in the print layout of the roster (Tinos, A4 landscape).
 */
export function dutyLogHtml(input: { core: PlanCore; version: number; tables: LogTables; summary: DutyLogSummary; unitName: string; printedAt: number; fontCss: string }): string {
  const { core, tables, summary } = input;
  const s = summary.seats;
  const body = `
<p class="unit">${escapeLines(input.unitName)}</p>
<h1>Sổ nhật ký trực</h1>
<p class="subject">${escapeLines(core.name)}</p>
<p class="period">(Từ ${wallTime(vnToEpoch(core.window.start))} đến ${wallTime(vnToEpoch(core.window.end))}; theo phiên bản ban hành ${input.version})</p>
<p class="figures">Lịch trực thực tế: ${s.present} lượt có mặt, ${s.replaced} lượt thay người, ${s.absent} lượt vắng, ${s.unconfirmed} lượt chưa xác nhận (tính như lịch ban hành). Kiểm tra định kỳ: ${summary.checks.done}/${summary.checks.owed} mục. Sự cố: ${summary.incidents.total}.</p>
<h2 class="part">1. Cán bộ trực theo ca</h2>${table(tables.attendance, true)}
<h2 class="part">2. Kiểm tra định kỳ</h2>${table(tables.checks, true)}
<h2 class="part">3. Sự cố, sự kiện an toàn thông tin</h2>${table(tables.incidents)}
<h2 class="part">4. Ghi chép và bàn giao ca</h2>${table(tables.notes)}
<h2 class="part">5. Bảng chấm công theo lịch trực thực tế</h2>${timesheetTable(summary.timesheet.actual)}
<p class="version">In lúc ${wallTime(input.printedAt)} từ sổ nhật ký trực của Lịch Trực.</p>`;
  return htmlPage(`Sổ nhật ký trực — ${core.name}`, `${input.fontCss}\n${printCss('landscape')}\n${LOG_CSS}`, body);
}
