import { closingHtml, headerHtml, titleHtml } from '../../export/print/official-parts';
import { escapeHtml } from '../../export/print/escape';
import { CONTACT_LIST_TYPE, type ContactListDocument } from '../contact-list';

const HEAD = ['STT', 'Ngày', 'Ca / Thời gian', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'Điện thoại'];
const COLUMNS = ['stt', 'date', 'shift', 'name', 'post', 'duty', 'phone'];

/**
 * One row per person on duty, a day's date and a shift's hours spanning their rows, each day kept
 * on one page: the form superior bodies ask for, to call whoever is on duty.
 */
function tableHtml(doc: ContactListDocument): string {
  let stt = 0;
  const body = doc.days.map((day) => {
    const count = day.shifts.reduce((n, s) => n + Math.max(1, s.people.length), 0);
    const rows = day.shifts.flatMap((shift, j) => {
      const people = shift.people.length ? shift.people : [null];
      return people.map((entry, k) => {
        const dayCell = j === 0 && k === 0 ? `<td class="center" rowspan="${count}">${escapeHtml(day.dateText)}<br>${escapeHtml(day.weekday)}</td>` : '';
        const shiftCell = k === 0 ? `<td rowspan="${people.length}"><span class="shift">${escapeHtml(shift.shift)}</span><br><span class="hours">${escapeHtml(shift.hours)}</span></td>` : '';
        const cells = entry
          ? `<td class="center">${++stt}</td>${dayCell}${shiftCell}<td><b>${escapeHtml(entry.person.name)}</b></td><td>${escapeHtml(entry.person.post)}</td><td>${entry.duty}</td><td class="phone">${escapeHtml(entry.person.phone)}</td>`
          : `<td></td>${dayCell}${shiftCell}<td colspan="4">(chưa phân công)</td>`;
        return `<tr>${cells}</tr>`;
      });
    });
    return `<tbody class="day">${rows.join('')}</tbody>`;
  });
  return `<table class="roster contact-list"><colgroup>${COLUMNS.map((c) => `<col class="cl-${c}">`).join('')}</colgroup>
<thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
${body.join('\n')}</table>`;
}

function focalHtml(doc: ContactListDocument): string {
  const email = doc.focal?.email ?? '';
  const who = doc.focal
    ? [
        `<b>${escapeHtml(doc.focal.name)}</b>`,
        doc.focal.post && escapeHtml(doc.focal.post),
        doc.focal.phone && `ĐT: <span class="phone">${escapeHtml(doc.focal.phone)}</span>`,
        email && `Email: ${escapeHtml(email)}`,
      ]
        .filter(Boolean)
        .join(', ')
    : 'Lãnh đạo trực của từng ca theo danh sách trên';
  return `<section class="duties focal"><h2>Đầu mối tiếp nhận, xử lý sự cố của đơn vị</h2><p>${who}</p></section>`;
}

export function contactListBodyHtml(doc: ContactListDocument): string {
  return [headerHtml(doc), titleHtml(CONTACT_LIST_TYPE.name, doc), tableHtml(doc), focalHtml(doc), closingHtml(doc)].join('\n');
}
