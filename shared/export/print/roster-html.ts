import type { PersonLine, RosterDocument, RosterRow } from '../roster-document';
import { escapeHtml } from './escape';
import { contactsHtml, dutiesHtml, footerHtml, headerHtml, titleHtml } from './official-parts';

const HEAD = ['STT', 'Ngày', 'Thứ', 'Âm lịch', 'Ca / Thời gian', 'Lãnh đạo trực', 'Cán bộ trực', 'Ghi chú'];
/** Widths live in the stylesheet (classes, not style attributes: the preview's CSP forbids inline styles). */
const COLUMNS = ['stt', 'date', 'weekday', 'lunar', 'shift', 'leader', 'staff', 'notes'];

function personHtml(line: PersonLine, withPost: boolean): string {
  const parts = [`<b>${escapeHtml(line.name)}</b>`];
  if (withPost && line.post) parts.push(`<span class="post">${escapeHtml(line.post)}</span>`);
  if (line.phone) parts.push(`<span class="phone">ĐT: ${escapeHtml(line.phone)}</span>`);
  return `<span class="person">${parts.join(', ')}</span>`;
}

function rowCells(row: RosterRow): string {
  return [
    `<td><span class="shift">${escapeHtml(row.shift)}</span><br><span class="hours">${escapeHtml(row.hours)}</span></td>`,
    `<td>${row.leaders.map((l) => personHtml(l, false)).join('')}</td>`,
    `<td>${row.staff.map((l) => personHtml(l, true)).join('')}</td>`,
    `<td class="special">${row.notes.map(escapeHtml).join('<br>')}</td>`,
  ].join('');
}

/** The roster table: one group of rows per date (STT, date, weekday and lunar date spanning its shifts). */
export function rosterTableHtml(doc: RosterDocument): string {
  const body = doc.days.flatMap((day, i) =>
    day.rows.map((row, j) => {
      const span = `rowspan="${day.rows.length}"`;
      const dayCells =
        j === 0
          ? `<td class="center" ${span}>${i + 1}</td><td class="center" ${span}>${escapeHtml(day.dateText)}</td><td class="center" ${span}>${escapeHtml(day.weekday)}</td><td class="center" ${span}>${escapeHtml(day.lunar)}</td>`
          : '';
      return `<tr>${dayCells}${rowCells(row)}</tr>`;
    }),
  );
  return `<table class="roster"><colgroup>${COLUMNS.map((c) => `<col class="col-${c}">`).join('')}</colgroup>
<thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${body.join('\n')}</tbody></table>`;
}

/** The body of the printed roster "LỊCH TRỰC". */
export function rosterBodyHtml(doc: RosterDocument): string {
  return [headerHtml(doc), titleHtml('Lịch trực', doc), rosterTableHtml(doc), dutiesHtml(doc), contactsHtml(doc), footerHtml(doc)].join('\n');
}
