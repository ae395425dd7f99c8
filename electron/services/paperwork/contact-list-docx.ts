import { AlignmentType, TableRow } from 'docx';
import type { Orientation } from '../../../shared/export/print/page-style';
import { CONTACT_LIST_TYPE, type ContactListDocument } from '../../../shared/paperwork/contact-list';
import { CELL_PAD, fixedCell, officialDocx, para, pt, run, share, SIZE, table } from '../exports/official-docx';
import { textWidth } from '../exports/text-width';

const HEAD = ['STT', 'Ngày', 'Ca / Thời gian', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'Điện thoại'];
const cellText = (text: string, options: { bold?: boolean; centre?: boolean } = {}) =>
  para([run(text, SIZE.table, { bold: options.bold ?? false })], { align: options.centre ? AlignmentType.CENTER : AlignmentType.LEFT });

/** STT, date, shift, duty and phone as wide as their longest entry; names and posts share the rest. */
function widths(doc: ContactListDocument, width: number): number[] {
  const fit = (texts: string[], bold = false) => pt(Math.max(...texts.map((t) => textWidth(t, SIZE.table, bold)))) + 2 * CELL_PAD + 40;
  const shifts = doc.days.flatMap((d) => d.shifts);
  const people = shifts.flatMap((s) => s.people);
  const fixed = [fit(['STT', String(people.length)], true), fit(['Ngày', ...doc.days.flatMap((d) => [d.dateText, d.weekday])], true), fit(['Ca / Thời', ...shifts.flatMap((s) => [s.shift, s.hours])])];
  const tail = [fit(['Nhiệm vụ', 'Lãnh đạo trực'], true), fit(['Điện thoại', ...people.map((p) => p.person.phone)], true)];
  const rest = width - [...fixed, ...tail].reduce((a, b) => a + b, 0);
  return [...fixed, ...share(rest, [55, 45]), ...tail];
}

/** The contact list in Word, as the print: one row per person, each day's rows kept on one page. */
export function contactListDocx(doc: ContactListDocument, orientation: Orientation): Promise<Uint8Array> {
  return officialDocx(doc, CONTACT_LIST_TYPE.name, orientation, (width) => {
    const w = widths(doc, width);
    const head = new TableRow({ tableHeader: true, cantSplit: true, children: HEAD.map((h, i) => fixedCell([cellText(h, { bold: true, centre: true })], w[i]!)) });
    let stt = 0;
    const rows = doc.days.flatMap((day) => {
      const count = day.shifts.reduce((n, s) => n + Math.max(1, s.people.length), 0);
      return day.shifts.flatMap((shift, j) => {
        const people = shift.people.length ? shift.people : [null];
        return people.map((entry, k) => {
          const last = j === day.shifts.length - 1 && k === people.length - 1;
          const dayCell = j === 0 && k === 0 ? [fixedCell([cellText(day.dateText, { centre: true }), cellText(day.weekday, { centre: true })], w[1]!, { rowSpan: count })] : [];
          const shiftCell = k === 0 ? [fixedCell([cellText(shift.shift, { centre: true }), cellText(shift.hours, { centre: true })], w[2]!, { rowSpan: people.length })] : [];
          const person = entry
            ? [
                fixedCell([cellText(entry.person.name, { bold: true })], w[3]!),
                fixedCell([cellText(entry.person.post)], w[4]!),
                fixedCell([cellText(entry.duty)], w[5]!),
                fixedCell([cellText(entry.person.phone)], w[6]!),
              ]
            : [3, 4, 5, 6].map((i) => fixedCell([cellText(i === 3 ? '(chưa phân công)' : '')], w[i]!));
          return new TableRow({ cantSplit: true, keepNext: !last, children: [fixedCell([cellText(entry ? String(++stt) : '', { centre: true })], w[0]!), ...dayCell, ...shiftCell, ...person] });
        });
      });
    });
    const focal = doc.focal;
    const who = focal
      ? [
          run(focal.name, SIZE.body, { bold: true }),
          run(
            [focal.post, focal.phone && `ĐT: ${focal.phone}`, focal.email && `Email: ${focal.email}`]
              .filter(Boolean)
              .map((t) => `, ${t}`)
              .join(''),
            SIZE.body,
          ),
        ]
      : [run('Lãnh đạo trực của từng ca theo danh sách trên', SIZE.body)];
    return [
      para([run(`(${doc.period})`, SIZE.body, { italics: true })], { align: AlignmentType.CENTER, after: 200 }),
      table(w, [head, ...rows]),
      para([], { after: 120 }),
      para([run('Đầu mối tiếp nhận, xử lý sự cố của đơn vị', SIZE.body, { bold: true })], { keepNext: true }),
      para(who, { keepNext: true }),
    ];
  });
}
