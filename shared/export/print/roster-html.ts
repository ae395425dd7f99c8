import type { PersonLine, RosterDocument, RosterRow } from '../roster-document';
import { escapeHtml } from './escape';
import { DOCUMENT_TYPE } from '../roster-document';
import { closingHtml, dutiesHtml, headerHtml, titleHtml } from './official-parts';
import { fairnessAnnexHtml } from './fairness-html';

const HEAD = ['STT', 'Ngày', 'Thứ', 'Âm lịch', 'Ca / Thời gian', 'Lãnh đạo trực', 'Cán bộ trực', 'Ghi chú'];
/** Widths live in the stylesheet (classes, not style attributes: the preview's CSP forbids inline styles). */
const COLUMNS = ['stt', 'date', 'weekday', 'lunar', 'shift', 'leader', 'staff', 'notes'];

function personHtml(line: PersonLine): string {
  const parts = [`<b>${escapeHtml(line.name)}</b>`];
  if (line.post) parts.push(`<span class="post">${escapeHtml(line.post)}</span>`);
  if (line.phone) parts.push(`<span class="phone">ĐT: ${escapeHtml(line.phone)}</span>`);
  return `<span class="person">${parts.join(', ')}</span>`;
}

function rowCells(row: RosterRow): string {
  return [
    `<td><span class="shift">${escapeHtml(row.shift)}</span><br><span class="hours">${escapeHtml(row.hours)}</span></td>`,
    `<td>${row.leaders.map(personHtml).join('')}</td>`,
    `<td>${row.staff.map(personHtml).join('')}</td>`,
    `<td class="special">${row.notes.map(escapeHtml).join('<br>')}</td>`,
  ].join('');
}

/**
 * The roster table: per date a <tbody> of its shifts. A date that fits on a page has its cells
 * (STT, date, weekday, lunar date) once, spanning its shifts, and is kept on one page; a longer one
 * repeats them on every row, so its continuation on the next page still says which day it is.
 */
export function rosterTableHtml(doc: RosterDocument): string {
  const body = doc.days.map((day, i) => {
    const cells = (span: string) =>
      `<td class="center"${span}>${i + 1}</td><td class="center"${span}>${escapeHtml(day.dateText)}</td><td class="center"${span}>${escapeHtml(day.weekday)}</td><td class="center"${span}>${escapeHtml(day.lunar)}</td>`;
    const rows = day.rows.map((row, j) => `<tr>${day.merged ? (j === 0 ? cells(` rowspan="${day.rows.length}"`) : '') : cells('')}${rowCells(row)}</tr>`);
    return `<tbody class="${day.merged ? 'day' : 'day long'}">${rows.join('')}</tbody>`;
  });
  return `<table class="roster"><colgroup>${COLUMNS.map((c) => `<col class="col-${c}">`).join('')}</colgroup>
<thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
${body.join('\n')}</table>`;
}

/** The body of the printed roster: a THÔNG BÁO whose trích yếu is the plan's subject, its fairness annex after the signature. */
export function rosterBodyHtml(doc: RosterDocument): string {
  return [headerHtml(doc), titleHtml(DOCUMENT_TYPE.name, doc), rosterTableHtml(doc), dutiesHtml(doc), closingHtml(doc), doc.annex ? fairnessAnnexHtml(doc.annex) : ''].join('\n');
}
