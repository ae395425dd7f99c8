import { personRows, type PersonLine, type RosterDocument } from '../roster-document';
import { escapeHtml } from './escape';
import { closingHtml, dutiesHtml, headerHtml, titleHtml } from './official-parts';

const people = (lines: PersonLine[]) => lines.map((l) => `<span class="person">${escapeHtml(l.name)}${l.phone ? `, <span class="phone">ĐT: ${escapeHtml(l.phone)}</span>` : ''}</span>`).join('');

/** "Phiếu trực": one person's shifts, with the leader and colleagues of each, the duties and contacts. */
export function slipBodyHtml(doc: RosterDocument, staffId: string): string {
  const rows = personRows(doc, staffId);
  const who = rows[0]?.own;
  const table = rows.map(({ day, row, own }, i) => {
    const others = [...row.leaders, ...row.staff].filter((l) => l !== own);
    return `<tr><td class="center">${i + 1}</td><td class="center">${escapeHtml(day.dateText)}<br>${escapeHtml(day.weekday)}</td><td class="center">${escapeHtml(day.lunar)}</td><td>${escapeHtml(row.shift)}<br><span class="hours">${escapeHtml(row.hours)}</span></td><td>${escapeHtml(own.seat)}</td><td>${people(others)}</td><td class="special">${row.notes.map(escapeHtml).join('<br>')}</td></tr>`;
  });
  return [
    headerHtml(doc),
    titleHtml('PHIẾU TRỰC', doc),
    `<div class="slip-who"><p>Họ và tên: <b>${escapeHtml(who?.name ?? '')}</b>${who?.post ? ` — ${escapeHtml(who.post)}` : ''}</p>${who?.phone ? `<p>Điện thoại: ${escapeHtml(who.phone)}</p>` : ''}<p>Số ca trực: ${rows.length}</p></div>`,
    `<table class="roster"><colgroup><col class="col-stt"><col class="col-date"><col class="col-lunar"><col class="col-shift"><col class="col-seat"><col class="col-with"><col class="col-notes"></colgroup>
<thead><tr><th>STT</th><th>Ngày</th><th>Âm lịch</th><th>Ca / Thời gian</th><th>Vị trí</th><th>Cùng ca</th><th>Ghi chú</th></tr></thead>
<tbody>${table.join('\n')}</tbody></table>`,
    dutiesHtml(doc),
    closingHtml(doc),
  ].join('\n');
}
