import type { DutyLogBundle } from '../../shared/api/duty-log';
import { currentStatus, incidentCode } from '../../shared/duty-log/incidents';
import { seatStateKey, wallTime } from '../../shared/duty-log/log-rows';
import { peopleOf } from '../../shared/duty-log/logged-plan';
import type { ShiftPageView } from '../../shared/duty-log/shift-page';
import type { DutyLogSummary } from '../../shared/duty-log/summary';
import { translate } from '../../shared/i18n';
import type { Language } from '../../shared/settings/schema';
import { epochToVn } from '../../shared/time/zone';

const clock = (iso: string) => epochToVn(Date.parse(iso)).slice(11, 16);
const at = (iso: string) => wallTime(Date.parse(iso));

/** The duty log for people reading a terminal: a header with the figures, then each page. */
export function logText(bundle: DutyLogBundle, pages: readonly ShiftPageView[], summary: DutyLogSummary, language: Language): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
  const people = peopleOf(bundle.core, bundle.log);
  const name = (id: string | null) => (id ? (people.get(id)?.fullName ?? id) : '—');
  const s = summary.seats;
  const lines = [
    t('cli.logText.title', { plan: bundle.plan.name, version: bundle.plan.version }),
    t('cli.logText.actual', { present: s.present, replaced: s.replaced, absent: s.absent, unconfirmed: s.unconfirmed, expected: s.expected }),
    t('cli.logText.totals', {
      done: summary.checks.done,
      owed: summary.checks.owed,
      missing: summary.checks.shiftsWithMissing,
      incidents: summary.incidents.total,
      open: summary.incidents.byStatus.open,
      escalated: summary.incidents.byStatus.escalated,
      handled: summary.incidents.byStatus.handled,
    }),
  ];
  for (const page of pages) {
    const recorded = page.seats.some((x) => x.record) || page.vanishedSeats.length || page.notes.length || page.handover || page.checks.some((c) => c.tick);
    const head = `${page.shift.label} ${wallTime(page.shift.start)}–${epochToVn(page.shift.end).slice(11, 16)}  [${page.shift.id}]${page.shift.vanished ? t('cli.logText.vanishedShift') : ''}`;
    if (page.timing === 'future' && !recorded) {
      lines.push(t('cli.logText.notYet', { head }));
      continue;
    }
    lines.push('', head);
    for (const seat of page.seats) {
      const state = t(seatStateKey(seat, page.timing === 'past'));
      const who = seat.state === 'replaced' ? t('cli.logText.standIn', { by: name(seat.actual), planned: name(seat.planned) }) : name(seat.actual ?? seat.planned);
      const arrived = seat.checkedInAt ? t('cli.logText.arrived', { time: clock(seat.checkedInAt) }) : '';
      const why = seat.record?.reason ? ` (${seat.record.reason})` : '';
      lines.push(`  ${seat.seat.label || seat.seat.role}: ${who} — ${state}${arrived}${why}`);
    }
    for (const r of page.vanishedSeats) lines.push(t('cli.logText.vanishedSeat', { seat: r.seatLabel || r.role, name: name(r.staffId ?? r.plannedStaffId), state: t(`dutyLog.state.${r.status}`) }));
    if (page.timing !== 'future') {
      const c = page.completion;
      lines.push(
        c.missing.length
          ? t('cli.logText.checksMissing', { done: c.done, total: c.total, missing: c.missing.map((m) => m.label).join('; ') })
          : t('cli.logText.checks', { done: c.done, total: c.total }),
      );
    }
    for (const note of page.notes) lines.push(t('cli.logText.note', { time: clock(note.at), text: note.text }));
    for (const incident of page.incidents) {
      const severity = t(`dutyLog.severity.${incident.severity}`);
      const status = t(`dutyLog.status.${currentStatus(incident)}`);
      lines.push(t('cli.logText.incident', { code: incidentCode(incident), severity, status, description: incident.description, at: at(incident.foundAt) }));
    }
    if (page.incoming) lines.push(t('cli.logText.incoming', { text: page.incoming.handover.text }));
    if (page.handover) {
      const sign = page.handover.signedOff ? t('cli.logText.signed', { name: page.handover.signedOff.name, time: clock(page.handover.signedOff.at) }) : t('cli.logText.unsigned');
      lines.push(t('cli.logText.handover', { sign, text: page.handover.text }));
    }
  }
  return `${lines.join('\n')}\n`;
}
