import * as edits from '../../shared/duty-log/edits';
import { emptyDutyLog } from '../../shared/duty-log/checklist';
import { loggedCore, pageShifts } from '../../shared/duty-log/logged-plan';
import { shiftPages } from '../../shared/duty-log/shift-page';
import type { DutyLog } from '../../shared/duty-log/schema';
import type { Plan, PlanCore } from '../../shared/plan/schema';
import { translate } from '../../shared/i18n';
import * as readiness from '../../shared/readiness/edits';
import type { ReadinessDocument } from '../../shared/readiness/schema';
import { seededChecklist } from '../../shared/readiness/seed';
import { tetRoster } from './reminders';

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const ABSENT_SEAT = '2026-02-17/sang/ky-thuat-attt';
export const REPLACED_SEAT = '2026-02-18/chieu/ky-thuat';
export const INCIDENT_SHIFT = '2026-02-16/dem';
export const NCSC = 'Trung tâm Giám sát an toàn không gian mạng quốc gia (NCSC)';
const MINUTE = 60_000;

/**
 * The Tết 2026 duty as the log keeps it, through the log's own edits: everyone checks in, one
 * seat is left absent and one taken by a replacement, every check is ticked except the botnet
 * list on the last shift, a handover is written each shift, and a DDoS found on the Giao thừa
 * night is reported to NCSC, worked on and handled. One technician has a hostile name.
 */
export function loggedTet(): { plan: Plan; core: PlanCore; log: DutyLog } {
  const roster = tetRoster();
  const rename = (core: PlanCore): PlanCore => ({ ...core, staff: core.staff.map((s) => (s.id === 'kt-04' ? { ...s, fullName: HOSTILE } : s)) });
  const plan: Plan = { ...roster, ...rename(roster), versions: roster.versions.map((v) => ({ ...v, plan: rename(v.plan) })) };
  const core = loggedCore(plan);
  let log = emptyDutyLog(plan.id, '2026-02-01T00:00:00.000Z');
  let n = 0;
  const apply = (at: number, edit: (log: DutyLog, ctx: edits.EditContext) => edits.Edited) => {
    log = edit(log, { core, now: new Date(at).toISOString(), newId: () => `id-${++n}` }).log;
  };
  const shifts = pageShifts(core, log);
  let incidentId = '';
  for (const [index, shift] of shifts.entries()) {
    const at = shift.start - 10 * MINUTE;
    for (const a of core.assignments.filter((x) => x.seatId.startsWith(`${shift.id}/`))) {
      if (a.seatId === ABSENT_SEAT) apply(at, (l, c) => edits.markAbsent(l, c, { shiftId: shift.id, seatId: a.seatId, reason: 'ốm đột xuất' }));
      else if (a.seatId === REPLACED_SEAT) {
        const person = core.staff.find((s) => s.id === (a.staffId === 'kt-03' ? 'kt-04' : 'kt-03'))!;
        apply(at, (l, c) => edits.replace(l, c, { shiftId: shift.id, seatId: a.seatId, person, reason: 'việc gia đình', at: new Date(at).toISOString(), acceptedWarnings: [] }));
      } else apply(at, (l, c) => edits.checkIn(l, c, { shiftId: shift.id, staffId: a.staffId, at: new Date(at).toISOString() }));
    }
    const checked = shift.start + 60 * MINUTE;
    const owed = shiftPages(core, log, checked).find((p) => p.shift.id === shift.id)!.checks;
    for (const { item } of owed.filter((c) => !(index === shifts.length - 1 && c.item.id === 'botnet')))
      apply(checked, (l, c) => edits.tickCheck(l, c, { shiftId: shift.id, checkId: item.id, done: true, note: '', at: new Date(checked).toISOString(), by: null }));
    if (shift.id === INCIDENT_SHIFT) {
      const found = Date.parse('2026-02-17T00:10:00+07:00');
      apply(found + 5 * MINUTE, (l, c) => {
        const opened = edits.openIncident(l, c, {
          shiftId: shift.id,
          foundAt: new Date(found).toISOString(),
          system: 'Cổng thông tin điện tử tỉnh',
          kind: 'ddos',
          severity: 'high',
          description: 'Lưu lượng truy cập tăng đột biến, trang chậm',
          status: 'open',
        });
        incidentId = opened.incident.id;
        return opened;
      });
      const told = Date.parse('2026-02-17T00:40:00+07:00');
      apply(told, (l, c) => edits.updateIncident(l, c, { incidentId, shiftId: shift.id, notice: { contact: NCSC, at: new Date(told).toISOString(), note: 'Báo qua điện thoại' } }));
    }
    if (shift.id === '2026-02-17/sang') {
      const at = Date.parse('2026-02-17T08:05:00+07:00');
      apply(at, (l, c) => edits.updateIncident(l, c, { incidentId, shiftId: shift.id, action: { text: 'Bật chống DDoS của nhà cung cấp', at: new Date(at).toISOString() }, status: 'escalated' }));
    }
    if (shift.id === '2026-02-17/chieu') {
      const at = Date.parse('2026-02-17T15:30:00+07:00');
      apply(at, (l, c) => edits.updateIncident(l, c, { incidentId, shiftId: shift.id, action: { text: 'Lưu lượng trở lại bình thường', at: new Date(at).toISOString() }, status: 'handled' }));
    }
    apply(shift.end - 15 * MINUTE, (l, c) => edits.writeHandover(l, c, { shiftId: shift.id, text: `Bàn giao ca ${shift.id}: hệ thống ổn định` }));
  }
  return { plan, core, log };
}

export const HOSTILE_TASK = '<b>Rà soát</b> & "vá" <script>alert(1)</script>';

/**
 * The Tết 2026 plan's readiness checklist (the duty window starts 13/02 17:00), written through the
 * checklist's own edits: the letters' seven tasks, assigned; three done on time, one done after its
 * due day, one under way and two not started, plus a task added with a hostile title, not started.
 * Every task is due by 12/02, so after that day the undone ones are overdue.
 */
export function readyTet(plan: Plan): ReadinessDocument {
  const people = new Map(plan.staff.map((s) => [s.id, s]));
  let n = 0;
  const ctx = (at: string): readiness.EditContext => ({ window: plan.window, now: new Date(`${at}:00+07:00`).toISOString(), newId: () => `task-${++n}`, person: (id) => people.get(id) });
  let doc = seededChecklist(plan.id, plan.window, '2026-01-20T02:00:00.000Z', (id) => translate('vi', `readiness.seed.${id}`));
  const set = (at: string, taskId: string, changes: Partial<readiness.TaskFields>) => (doc = readiness.updateTask(doc, ctx(at), taskId, changes));
  set('2026-01-20T09:00', 'vulnerabilities', { assigneeId: 'kt-01', due: '2026-02-06' });
  set('2026-01-20T09:01', 'patches', { assigneeId: 'kt-02', due: '2026-02-06' });
  set('2026-01-20T09:02', 'malware', { assigneeId: 'kt-03', due: '2026-02-09' });
  set('2026-01-20T09:03', 'botnet', { assigneeId: 'kt-04', due: '2026-02-10' });
  set('2026-01-20T09:04', 'backup', { assigneeId: 'kt-01' });
  set('2026-01-20T09:05', 'incident-plan', { assigneeId: 'ld-01' });
  doc = readiness.addTask(doc, ctx('2026-01-20T09:06'), { title: HOSTILE_TASK, assigneeId: 'kt-04', note: 'Máy chủ <mail>' }).doc;
  set('2026-02-05T16:20', 'vulnerabilities', { status: 'done', note: 'Đã vá 12 lỗ hổng' });
  set('2026-02-06T10:00', 'patches', { status: 'done' });
  set('2026-02-09T11:00', 'botnet', { status: 'done' });
  set('2026-02-11T08:30', 'malware', { status: 'done', note: 'Xong muộn do thiếu giấy phép phần mềm' });
  set('2026-02-11T09:00', 'backup', { status: 'doing' });
  return doc;
}
