import type { DutyLogBundle } from '../../shared/api/duty-log';
import { currentStatus, incidentCode } from '../../shared/duty-log/incidents';
import { seatStateKey, wallTime } from '../../shared/duty-log/log-rows';
import { peopleOf } from '../../shared/duty-log/logged-plan';
import type { ShiftPageView } from '../../shared/duty-log/shift-page';
import type { DutyLogSummary } from '../../shared/duty-log/summary';
import { translate } from '../../shared/i18n';
import { epochToVn } from '../../shared/time/zone';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('vi', key, params);
const clock = (iso: string) => epochToVn(Date.parse(iso)).slice(11, 16);
const at = (iso: string) => wallTime(Date.parse(iso));

/** The duty log for people reading a terminal: a header with the figures, then each page. */
export function logText(bundle: DutyLogBundle, pages: readonly ShiftPageView[], summary: DutyLogSummary): string {
  const people = peopleOf(bundle.core, bundle.log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : '—');
  const s = summary.seats;
  const lines = [
    `Sổ nhật ký trực — ${bundle.plan.name} (phiên bản ban hành ${bundle.plan.version})`,
    `Lịch trực thực tế: ${s.present} có mặt, ${s.replaced} thay người, ${s.absent} vắng, ${s.unconfirmed} chưa xác nhận, ${s.expected} đang chờ.`,
    `Kiểm tra định kỳ: ${summary.checks.done}/${summary.checks.owed} mục; ${summary.checks.shiftsWithMissing} ca kết thúc còn thiếu. Sự cố: ${summary.incidents.total} (${summary.incidents.byStatus.open} đang xử lý, ${summary.incidents.byStatus.escalated} đã báo cáo cấp trên, ${summary.incidents.byStatus.handled} đã xong).`,
  ];
  for (const page of pages) {
    const recorded = page.seats.some((x) => x.record) || page.vanishedSeats.length || page.notes.length || page.handover || page.checks.some((c) => c.tick);
    const head = `${page.shift.label} ${wallTime(page.shift.start)}–${epochToVn(page.shift.end).slice(11, 16)}  [${page.shift.id}]${page.shift.vanished ? '  (ca không còn trong kế hoạch)' : ''}`;
    if (page.timing === 'future' && !recorded) {
      lines.push(`${head}  — chưa đến ca`);
      continue;
    }
    lines.push('', head);
    for (const seat of page.seats) {
      const state = t(seatStateKey(seat, page.timing === 'past'));
      const who = seat.state === 'replaced' ? `${name(seat.actual)} thay ${name(seat.planned)}` : name(seat.actual ?? seat.planned);
      const arrived = seat.checkedInAt ? ` lúc ${clock(seat.checkedInAt)}` : '';
      const why = seat.record?.reason ? ` (${seat.record.reason})` : '';
      lines.push(`  ${seat.seat.label || seat.seat.role}: ${who} — ${state}${arrived}${why}`);
    }
    for (const r of page.vanishedSeats) lines.push(`  ${r.seatLabel || r.role} (không còn trong kế hoạch): ${name(r.staffId ?? r.plannedStaffId)} — ${t(`dutyLog.state.${r.status}`)}`);
    if (page.timing !== 'future') {
      const c = page.completion;
      lines.push(`  Kiểm tra: ${c.done}/${c.total}${c.missing.length ? ` — chưa: ${c.missing.map((m) => m.label).join('; ')}` : ''}`);
    }
    for (const note of page.notes) lines.push(`  Ghi chép ${clock(note.at)}: ${note.text}`);
    for (const incident of page.incidents) {
      lines.push(
        `  Sự cố ${incidentCode(incident)} (${t(`dutyLog.severity.${incident.severity}`)}, ${t(`dutyLog.status.${currentStatus(incident)}`)}): ${incident.description} — phát hiện ${at(incident.foundAt)}`,
      );
    }
    if (page.incoming) lines.push(`  Ca trước bàn giao: ${page.incoming.handover.text}`);
    if (page.handover) {
      const sign = page.handover.signedOff ? `ký: ${page.handover.signedOff.name} lúc ${clock(page.handover.signedOff.at)}` : 'chưa ký';
      lines.push(`  Bàn giao (${sign}): ${page.handover.text}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
