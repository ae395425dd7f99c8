import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { chromiumPrinter } from '../../../electron/services/exports/chromium-printer';
import { paperFile, type PaperRequest } from '../../../electron/services/paperwork/paper-files';
import { exportSource } from '../../../shared/export/source';
import { incidentNoticeDocument } from '../../../shared/paperwork/incident-notice';
import { afterReportDocument, hoursText, REMARKS_MAX, type AfterReportOptions } from '../../../shared/paperwork/after-report';
import { actualCore } from '../../../shared/duty-log/actual-roster';
import { planToProblem } from '../../../shared/plan/expand';
import { fairnessReport } from '../../../shared/roster/fairness';
import { fairnessChart } from '../../../shared/roster/fairness-chart';
import { dutyLogSummary } from '../../../shared/duty-log/summary';
import { totalMinutes } from '../../../shared/export/timesheet';
import { BLANK } from '../../../shared/paperwork/paper-body';
import { displayPhone } from '../../../shared/staff/phone';
import { libreOfficeToPdf } from '../../helpers/libreoffice';
import { HOSTILE, HOSTILE_TASK, INCIDENT_SHIFT, loggedTet, NCSC, readyTet } from '../../helpers/logged-tet';
import { pdfLayout, type PdfPage } from '../../helpers/pdf-layout';
import { storePlan } from '../../helpers/publish';
import { tempServices } from '../../helpers/services';
import { testSettings } from '../../shared/export/helpers';
import { paperInputs } from './paper-inputs';
import { DEFAULT_SKILLS } from '../../../shared/staff/schema';
import { isOverdue, vnToday } from '../../../shared/readiness/due';
import { TET_STAFF } from '../../helpers/reminders';

/** The files stay for people to look at (artifacts/ is not committed). */
const DIR = 'artifacts/paperwork-duty';
const { plan, core, log } = loggedTet();
const source = exportSource(plan, new Date('2026-02-23T02:00:00Z'));
const settings = testSettings();
const ready = readyTet(plan);
const inputs = paperInputs(source, settings, Date.parse('2026-02-18T02:00:00Z'), { core, log }, ready.tasks);
/** The after-holiday report of the sample Tết plan at `now`. */
const report = (now: number, options: AfterReportOptions = {}, from = source) => afterReportDocument({ source: from, core, log, readiness: ready.tasks, settings, now }, options);
const incidentId = log.incidents[0]!.id;
const notice = {
  number: '7',
  impact: 'Người dân truy cập cổng chậm khoảng 40 phút',
  request: 'Đề nghị NCSC hỗ trợ phân tích nguồn tấn công',
  systemOwner: 'Ủy ban nhân dân tỉnh Bình Sơn',
  contactStaffId: 'kt-04',
};
const remarks = 'Đề nghị bổ sung một cán bộ an toàn thông tin cho ca đêm.';
const papers: Record<string, PaperRequest> = { 'thong-bao-su-co': { kind: 'incident', incidentId, options: notice }, 'bao-cao-ket-qua': { kind: 'after', options: { number: '9', remarks } } };
const pages: Record<string, PdfPage[]> = {};
/** The text as read, lines joined: what wraps where is the layout's, not the content's. */
const text = (p: PdfPage[]) =>
  p
    .flatMap((page) => page.lines.map((l) => l.text))
    .join(' ')
    .replace(/\s+/g, ' ');

/**
 * A table cell's text as the PDF reads it: its words in order, where a wrapped cell's next line may
 * come after the same line of the cells beside it (a few words at most).
 */
const wrapped = (cell: string) =>
  new RegExp(
    cell
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('(?:\\s+\\S+){0,6}?\\s+'),
  );

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'lo'), { recursive: true });
  for (const [name, request] of Object.entries(papers)) {
    writeFileSync(join(DIR, `${name}.pdf`), await paperFile(request, 'pdf', inputs, 'portrait', chromiumPrinter()));
    writeFileSync(join(DIR, `${name}.docx`), await paperFile(request, 'docx', inputs, 'portrait', chromiumPrinter()));
  }
  // One LibreOffice run for every Word paper of this file.
  libreOfficeToPdf(
    Object.keys(papers).map((name) => join(DIR, `${name}.docx`)),
    join(DIR, 'lo'),
  );
  for (const name of Object.keys(papers)) {
    pages[`${name}.pdf`] = pdfLayout(join(DIR, `${name}.pdf`));
    pages[`${name}.docx`] = pdfLayout(join(DIR, 'lo', `${name}.pdf`));
    execFileSync('pdftoppm', ['-png', '-r', '60', join(DIR, `${name}.pdf`), join(DIR, `${name}-pdf`)]);
    execFileSync('pdftoppm', ['-png', '-r', '60', join(DIR, 'lo', `${name}.pdf`), join(DIR, `${name}-docx`)]);
  }
}, 300_000);

describe('the incident notice (#17 document 2)', () => {
  const leader = core.assignments.find((a) => a.seatId === `${INCIDENT_SHIFT}/lanh-dao`)!.staffId;

  it('gives the national report fields from the log, as PDF and as Word alike', () => {
    for (const format of ['pdf', 'docx']) {
      const all = text(pages[`thong-bao-su-co.${format}`]!);
      expect(all).toContain('THÔNG BÁO');
      expect(all).toContain('Số: 7/TB-TTCNTT');
      expect(all).toContain('Bình Sơn, ngày 18 tháng 02 năm 2026');
      expect(all).toContain('Sự cố an toàn thông tin mạng SC-01: Tấn công từ chối dịch vụ (DDoS) tại Cổng thông tin điện tử tỉnh');
      for (const field of ['Đơn vị báo cáo: TRUNG TÂM CÔNG NGHỆ THÔNG TIN', 'Hệ thống thông tin bị sự cố: Cổng thông tin điện tử tỉnh', 'Chủ quản hệ thống thông tin: Ủy ban nhân dân tỉnh Bình Sơn'])
        expect(all).toContain(field);
      expect(all).toContain('Thời điểm phát hiện sự cố: 00:10 ngày 17/02/2026 (Thứ Ba)');
      expect(all).toContain('Tấn công từ chối dịch vụ (DDoS); mức độ: cao');
      expect(all).toContain('Lưu lượng truy cập tăng đột biến, trang chậm');
      expect(all).toContain(notice.impact);
      expect(all).toContain('08:05 ngày 17/02/2026: Bật chống DDoS của nhà cung cấp');
      expect(all).toContain('15:30 ngày 17/02/2026: Lưu lượng trở lại bình thường');
      expect(all).toContain('Tình trạng: đã xử lý xong (15:30 ngày 17/02/2026).');
      expect(all).toContain(`${NCSC} lúc 00:40 ngày 17/02/2026 (Báo qua điện thoại)`);
      expect(all).toContain(notice.request);
      // The contact person chosen, a hostile name printed as the text it is, the phone in the domestic form.
      const kt04 = core.staff.find((s) => s.id === 'kt-04')!;
      expect(all).toContain(`Người liên hệ: ${HOSTILE}`);
      expect(all).toContain(displayPhone(kt04.phone));
      expect(displayPhone(kt04.phone)).toMatch(/^09\d\d \d{3} \d{3}$/);
      // Sent by default to the listed contacts the log says were told; the archive line last.
      expect(all).toContain(`Nơi nhận: - ${NCSC}; - Lưu: VT, TTCNTT. KT. GIÁM ĐỐC`);
    }
    const xml = execFileSync('unzip', ['-p', join(DIR, 'thong-bao-su-co.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('names the leader on duty by default, leaves room to write by hand, and refuses what the log does not have', () => {
    const doc = incidentNoticeDocument(source, core, log, 'sc-1', settings, '2026-02-18');
    const field = (label: string) => doc.blocks.flatMap((b) => (b.kind === 'fields' ? b.items : [])).find((i) => i.label === label)!.lines;
    const person = core.staff.find((s) => s.id === leader)!;
    expect(field('Người liên hệ')[0]).toContain(`${person.fullName}`);
    expect(field('Người liên hệ')[0]).toContain(`ĐT: ${displayPhone(person.phone)}`);
    expect(field('Ảnh hưởng của sự cố')).toEqual([BLANK]);
    expect(field('Chủ quản hệ thống thông tin')).toEqual(['UBND TỈNH BÌNH SƠN']);
    // No number given: room for the clerk, not the roster's own number.
    expect(doc.number).toBe('Số: \u2002\u2002\u2002\u2002/TB-TTCNTT');
    expect(incidentNoticeDocument(source, core, log, incidentId, settings, '2026-02-18', { recipients: ['Công an tỉnh (PA05)'] }).recipients).toEqual(['- Công an tỉnh (PA05);', '- Lưu: VT, TTCNTT.']);
    expect(() => incidentNoticeDocument(source, core, log, 'SC-09', settings, '2026-02-18')).toThrow(expect.objectContaining({ code: 'UNKNOWN_INCIDENT' }));
    expect(() => incidentNoticeDocument(source, core, log, incidentId, settings, '2026-02-18', { contactStaffId: 'nobody' })).toThrow(/nobody/);
  });

  it('lich-truc report --kind incident|after writes the notice and the report of a stored plan, and refuses an incident the log lacks', async () => {
    const env = tempServices({ now: new Date('2026-02-18T02:00:00Z') });
    await storePlan(env.services, plan);
    mkdirSync(join(env.dataDir, 'duty-logs'), { recursive: true });
    writeFileSync(join(env.dataDir, 'duty-logs', `${plan.id}.json`), JSON.stringify(log));
    mkdirSync(join(env.dataDir, 'readiness'), { recursive: true });
    writeFileSync(join(env.dataDir, 'readiness', `${plan.id}.json`), JSON.stringify(ready));
    const run = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--data-dir', env.dataDir, 'report', plan.id, ...argv], { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, { clock: env.clock });
      return { code, stdout, stderr };
    };
    const out = join(env.dataDir, 'notice.html');
    const made = await run('--kind', 'incident', '--incident', 'SC-01', '--impact', 'Chậm', '--contact', 'kt-04', '--recipient', 'Công an tỉnh (PA05)', '--out', out);
    expect(made.code).toBe(0);
    // The store's unit details are the template's: the outgoing checklist warns, the paper is written.
    expect(made.stderr).toContain('Cảnh báo');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Sự cố an toàn thông tin mạng SC-01');
    expect(html).toContain('- Công an tỉnh (PA05);');
    expect(html).toContain('&lt;img src=x');
    expect(await run('--kind', 'incident', '--incident', 'SC-05', '--out', out)).toMatchObject({ code: 1, stderr: expect.stringContaining('Không có sự cố SC-05') });
    expect(await run('--kind', 'incident', '--out', out)).toMatchObject({ code: 2, stderr: expect.stringContaining('--incident') });
    const report = join(env.dataDir, 'bao-cao.html');
    expect((await run('--kind', 'after', '--remarks', 'Đủ quân số.', '--number', '9', '--out', report)).code).toBe(0);
    const after = readFileSync(report, 'utf8');
    expect(after).toContain('Số: 9/BC-');
    expect(after).toContain('số liệu tính đến 09:00 ngày 18/02/2026');
    expect(after).toContain(`Tổng cộng</td>`);
    expect(after).toContain(`>${hoursText(dutyLogSummary(core, log, Date.parse('2026-02-18T02:00:00Z')).timesheet.actual.reduce((n, e) => n + totalMinutes(e), 0))}<`);
    expect(after).toContain('Đủ quân số.');
    // The readiness section's counts are those the checklist screen shows for the stored plan.
    const view = env.services.readiness.view(plan.id);
    const done = view.tasks.filter((t) => t.status === 'done').length;
    expect(after).toContain(`Đã hoàn thành ${done}/${view.tasks.length} việc chuẩn bị`);
    expect(after).toContain(`${view.tasks.length - done} việc chưa hoàn thành, trong đó ${view.overdue.length} việc quá hạn`);
    expect(after).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(after).not.toContain('<script>alert(1)');
    // The remarks are held to the limit of the dialog's channel: one character over is refused by both, naming the flag.
    const long = 'Nhận xét. '.repeat(800);
    expect(long).toHaveLength(REMARKS_MAX);
    expect((await run('--kind', 'after', '--remarks', long, '--out', report)).code).toBe(0);
    expect(await run('--kind', 'after', '--remarks', `${long}x`, '--out', report)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Lỗi: --remarks: .*8000/) });
    const build = (remarks: string) => env.services.registry.dispatch('paperwork:build', { kind: 'after', planId: plan.id, format: 'docx', options: { remarks } });
    expect(await build(`${long}x`)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', where: 'options.remarks' } });
    expect(await build(long)).toMatchObject({ ok: true });
  });
});

describe('Báo cáo kết quả công tác trực (#17 document 3)', () => {
  const now = Date.parse('2026-02-18T02:00:00Z');

  it('gives the figures of the duty log and of the timesheet of the actual roster, in PDF and Word alike', () => {
    const doc = report(now, { number: '9', remarks });
    const summary = dutyLogSummary(core, log, now);
    expect(doc.summary).toEqual(summary);
    // Hours: the report's rows are the timesheet's, person by person and in total.
    const planned = summary.timesheet.planned.reduce((n, e) => n + totalMinutes(e), 0);
    const actual = summary.timesheet.actual.reduce((n, e) => n + totalMinutes(e), 0);
    expect(doc.hours.reduce((n, r) => n + r.plannedMinutes, 0)).toBe(planned);
    expect(doc.hours.reduce((n, r) => n + r.actualMinutes, 0)).toBe(actual);
    const s = summary.seats;
    for (const format of ['pdf', 'docx']) {
      const all = text(pages[`bao-cao-ket-qua.${format}`]!);
      expect(all).toContain('BÁO CÁO');
      expect(all).toContain('Số: 9/BC-TTCNTT');
      expect(all).toContain('Kết quả công tác trực');
      expect(all).toContain('số liệu tính đến 09:00 ngày 18/02/2026');
      expect(all).toContain(`${summary.shifts.total} ca, ${s.planned} lượt cán bộ`);
      expect(all).toContain(`${s.present} lượt có mặt theo lịch, ${s.replaced} lượt thay người, ${s.absent} lượt vắng`);
      expect(all).toContain(`Đã thực hiện ${summary.checks.done}/${summary.checks.owed} lượt kiểm tra`);
      expect(all).toContain('Phát hiện 1 sự cố: 1 đã xử lý xong');
      expect(all).toContain('SC-01');
      // Read column by column where a table wraps: the totals follow the 'Tổng cộng' row's label, in order.
      const totals = all.slice(all.indexOf('Tổng cộng'));
      const at = [String(doc.hours.reduce((n, r) => n + r.shifts, 0)), hoursText(planned), hoursText(actual)].map((t) => totals.indexOf(` ${t} `));
      expect(at.every((k) => k > 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(all).toContain('ốm đột xuất');
      expect(all).toContain('việc gia đình');
      expect(all).toContain(HOSTILE);
      expect(all).toContain(remarks);
      for (const role of ['Lãnh đạo', 'Kỹ thuật']) expect(all).toContain(`${role}: tải từng người (theo thời gian có mặt), trung bình`);
      // The readiness work, each task with who, due, when done or that it is not, and the counts of the checklist.
      const r = doc.readiness;
      expect(all).toContain('I. Công tác chuẩn bị trước kỳ trực');
      expect(all).toContain(`Đã hoàn thành ${r.done}/${r.total} việc chuẩn bị (${r.doneLate} việc xong sau hạn); ${r.notDone} việc chưa hoàn thành, trong đó ${r.overdue} việc quá hạn.`);
      for (const cell of ['Xong lúc 16:20 ngày 05/02/2026', 'Xong lúc 08:30 ngày 11/02/2026 (sau hạn)', 'Đang thực hiện, quá hạn', '(chưa giao)', HOSTILE_TASK]) expect(all).toMatch(wrapped(cell));
    }
    const xml = execFileSync('unzip', ['-p', join(DIR, 'bao-cao-ket-qua.docx'), 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('&lt;b&gt;Rà soát&lt;/b&gt; &amp; ');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it("draws the Công bằng tab's chart over the roster as worked: who stood in carries the load", () => {
    const doc = report(now);
    const bars = doc.blocks.filter((b) => b.kind === 'bars');
    const worked = actualCore(core, log);
    const problem = planToProblem({ ...worked, versions: [] }, DEFAULT_SKILLS);
    const charts = fairnessChart(fairnessReport(problem, worked.assignments), problem);
    expect(bars.map((b) => b.rows.map((r) => [r.label, r.value]))).toEqual(charts.map((c) => c.bars.map((bar) => [bar.name, bar.value])));
    // The actual roster, not the published one: the planned chart differs where someone was replaced.
    const planned = planToProblem({ ...core, versions: [] }, DEFAULT_SKILLS);
    expect(fairnessChart(fairnessReport(planned, core.assignments), planned)).not.toEqual(charts);
    expect(bars.every((b) => b.lines.length === 2 && b.rows.every((r) => r.value <= b.max))).toBe(true);
  });

  it('after the duty window: the whole holiday, no "tính đến"; the figures still those of the log', () => {
    const after = Date.parse('2026-02-23T02:00:00Z');
    const doc = report(after);
    expect(doc.asOf).toBeNull();
    // Its own number: none given, room for the clerk even where the roster has one.
    const numbered = { ...source, core: { ...source.core, document: { ...source.core.document, number: '15' } } };
    expect(report(after, {}, numbered).number).toBe('Số: \u2002\u2002\u2002\u2002/BC-TTCNTT');
    expect(doc.period).not.toContain('tính đến');
    const summary = dutyLogSummary(core, log, after);
    expect(summary.seats).toMatchObject({ planned: core.assignments.length, replaced: 1, absent: 1, unconfirmed: 0, expected: 0 });
    expect(summary.checks.owed - summary.checks.done).toBe(1);
    expect(doc.summary).toEqual(summary);
    const planned = summary.timesheet.planned.reduce((n, e) => n + totalMinutes(e), 0);
    const actual = summary.timesheet.actual.reduce((n, e) => n + totalMinutes(e), 0);
    // The absent seat's 8 hours are nobody's; the replacement's moved to who came.
    expect(planned - actual).toBe(8 * 60);
    expect(doc.hours.reduce((n, r) => n + r.actualMinutes, 0)).toBe(actual);
  });

  it("opens with the readiness tasks as the checklist has them at the report's moment, in one numbering", () => {
    const doc = report(now);
    expect(doc.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))).toEqual([
      'I. Công tác chuẩn bị trước kỳ trực',
      'II. Tổ chức trực',
      'III. Kiểm tra định kỳ',
      'IV. Sự cố và xử lý',
      'V. Thời gian trực (theo lịch trực thực tế)',
      'VI. Công bằng phân ca (theo lịch trực thực tế)',
      'VII. Nhận xét, đề xuất',
    ]);
    // The counts are the checklist's: done as its status says, overdue by the screen's own rule on the report's day.
    const today = vnToday(now);
    const done = ready.tasks.filter((t) => t.status === 'done');
    expect(doc.readiness).toEqual({
      total: ready.tasks.length,
      done: done.length,
      doneLate: done.filter((t) => vnToday(Date.parse(t.doneAt!)) > t.due).length,
      notDone: ready.tasks.length - done.length,
      overdue: ready.tasks.filter((t) => isOverdue(t, today)).length,
    });
    expect(doc.readiness).toEqual({ total: 8, done: 4, doneLate: 1, notDone: 4, overdue: 4 });
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r[1])).toEqual(ready.tasks.map((t) => t.title));
    expect(table.rows.find((r) => r[1] === HOSTILE_TASK)).toEqual(['8', HOSTILE_TASK, HOSTILE, '12/02/2026', 'Chưa thực hiện, quá hạn', 'Máy chủ <mail>']);
    expect(table.rows.find((r) => r[1]!.startsWith('Nhắc cán bộ'))!.slice(2, 5)).toEqual(['(chưa giao)', '12/02/2026', 'Chưa thực hiện, quá hạn']);
  });

  it('made before the duty ("tính đến"), counts as done only what was done by then and as overdue only what was due', () => {
    const early = Date.parse('2026-02-10T05:00:00Z');
    const doc = report(early);
    expect(doc.period).toContain('số liệu tính đến 12:00 ngày 10/02/2026');
    // Malware was due 09/02 and marked done on 11/02: not done yet on 10/02, and overdue; the rest are due 12/02.
    expect(doc.readiness).toEqual({ total: 8, done: 3, doneLate: 0, notDone: 5, overdue: 1 });
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.find((r) => r[1]!.startsWith('Quét, gỡ bỏ mã độc'))!.slice(2, 5)).toEqual([TET_STAFF[4]!.fullName, '09/02/2026', 'Chưa thực hiện, quá hạn']);
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: 'Đã hoàn thành 3/8 việc chuẩn bị; 5 việc chưa hoàn thành, trong đó 1 việc quá hạn.' });
    const none = afterReportDocument({ source, core, log, readiness: [], settings, now }).blocks[1];
    expect(none).toEqual({ kind: 'paragraph', text: 'Danh mục việc chuẩn bị trống: không có việc nào được giao.' });
  });
});
