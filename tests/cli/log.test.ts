import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { Plan } from '../../shared/plan/schema';
import { vn } from '../helpers/clock';
import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { tempDir, tempServices } from '../helpers/services';

/** A stored, published Tết 2026 (kt-04 on leave 16–18/02) and `lich-truc` over its folder at a Vietnam time. */
async function cli(nowVn: string) {
  const env = tempServices({ now: new Date(vn(nowVn)) });
  const roster = tetRoster();
  const onLeave = {
    ...roster.versions[0]!.plan,
    participants: roster.participants.map((p) => (p.staffId === 'kt-04' ? { ...p, leave: [{ start: '2026-02-16T00:00', end: '2026-02-19T00:00', reason: 'về quê' }] } : p)),
  };
  await storePlan(env.services, Plan.parse({ ...roster, versions: [{ ...roster.versions[0]!, plan: onLeave }] }));
  return {
    plan: roster,
    clock: env.clock,
    async run(...argv: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(
        ['--data-dir', env.dataDir, 'log', 'tet-2026', ...argv],
        { out: (t) => void (stdout += t), err: (t) => void (stderr += t) },
        { clock: env.clock, ids: { newId: () => `id-${Math.round(env.clock.now().getTime() / 1000)}` } },
      );
      return { code, stdout, stderr };
    },
  };
}

const holderOf = (plan: Plan, seatId: string) => plan.assignments.find((a) => a.seatId === seatId)!.staffId;

describe('lich-truc log', () => {
  it('records a check-in and prints the page; one outside the shift is kept with a one-line warning and exit 0', async () => {
    const { run, plan } = await cli('2026-02-14T06:05');
    const staff = holderOf(plan, '2026-02-14/sang/ky-thuat');
    expect(await run('--shift', '2026-02-14/sang', '--checkin', staff, '--at', '05:58')).toEqual({ code: 0, stdout: `Đã ghi ${staff} có mặt ca 2026-02-14/sang.\n`, stderr: '' });

    const late = await run('--shift', '2026-02-14/sang', '--checkin', holderOf(plan, '2026-02-14/sang/lanh-dao'), '--at', '2026-02-14 15:30');
    expect(late.code).toBe(0);
    expect(late.stderr).toBe('Cảnh báo: Giờ có mặt 14/02/2026 15:30 nằm ngoài thời gian ca 2026-02-14/sang (14/02/2026 06:00 → 14/02/2026 14:00); vẫn được ghi.\n');

    const page = await run('--shift', '2026-02-14/sang');
    expect(page.code).toBe(0);
    expect(page.stdout).toContain('Ca sáng 14/02/2026 06:00–14:00  [2026-02-14/sang]');
    expect(page.stdout).toMatch(/Cán bộ kỹ thuật: .+ — Có mặt lúc 05:58/);
    expect(page.stdout).toMatch(/Lãnh đạo trực: .+ — Có mặt lúc 15:30/);
    expect(page.stdout).toContain('Kiểm tra: 0/6');
  });

  it('refuses an unknown staff id, an unknown shift and an incident without a time, each with its reason', async () => {
    const { run } = await cli('2026-02-14T06:05');
    expect(await run('--shift', '2026-02-14/sang', '--checkin', 'kt-99')).toEqual({ code: 1, stdout: '', stderr: 'Lỗi: Không có cán bộ mã kt-99 trong kế hoạch hay danh bạ.\n' });
    const shift = await run('--shift', '2026-02-14/trua', '--note', 'x');
    expect(shift.code).toBe(1);
    expect(shift.stderr).toBe('Lỗi: Không có ca 2026-02-14/trua trong phiên bản ban hành của kế hoạch (mã ca có dạng 2027-02-03/chieu).\n');
    expect(await run('--shift', '2026-02-14/sang', '--incident', 'Thư giả mạo gửi lãnh đạo')).toEqual({ code: 1, stdout: '', stderr: 'Lỗi: Sự cố phải có thời điểm phát hiện.\n' });
    const two = await run('--shift', '2026-02-14/sang', '--note', 'a', '--checkin', 'kt-01');
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^Lỗi: Mỗi lần chỉ ghi một việc: --checkin, --note\.\nCách dùng: lich-truc log/);
  });

  it('records an incident that spans shifts, its handling and who was told, and a replacement on leave with a warning', async () => {
    const { run, plan, clock } = await cli('2026-02-16T13:30');
    const opened = await run('--shift', '2026-02-16/sang', '--incident', 'Trang chủ bị thay giao diện', '--at', '13:05', '--system', 'Cổng TTĐT', '--kind', 'defacement', '--severity', 'high');
    expect(opened.code).toBe(0);
    expect(opened.stdout).toMatch(/^Đã ghi sự cố SC-01 \(mã .+\)\.\n$/);
    clock.set(new Date(vn('2026-02-16T14:20')));
    expect((await run('--incident-id', 'SC-01', '--shift', '2026-02-16/chieu', '--action', 'Khôi phục từ bản sao lưu', '--notified', 'VNCERT/CC', '--status', 'escalated')).code).toBe(0);
    const page = await run('--shift', '2026-02-16/chieu');
    expect(page.stdout).toContain('Sự cố SC-01 (Cao, Đã báo cáo cấp trên): Trang chủ bị thay giao diện — phát hiện 16/02/2026 13:05');

    // Replaced after the fact: the morning's technician did not come.
    const seat = '2026-02-16/sang/ky-thuat';
    const absent = holderOf(plan, seat);
    expect(absent).toBe('kt-03');
    const replaced = await run('--shift', '2026-02-16/sang', '--replace', absent, '--by', 'kt-04', '--reason', 'ốm');
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toBe('Đã ghi kt-04 thay kt-03 ca 2026-02-16/sang.\n');
    expect(replaced.stderr).toMatch(/^Cảnh báo: .+ đang nghỉ phép \(về quê\) trong ca 06:00 ngày 16\/02\n/);

    const json = JSON.parse((await run('--json')).stdout);
    expect(json.summary.seats).toMatchObject({ replaced: 1 });
    expect(json.summary.incidents.byStatus).toEqual({ open: 0, escalated: 1, handled: 0 });
    expect(json.log.incidents[0]).toMatchObject({ number: 1, system: 'Cổng TTĐT', kind: 'defacement', notified: [{ contact: 'VNCERT/CC' }] });
    const sang = json.pages.find((p: { shift: { id: string } }) => p.shift.id === '2026-02-16/sang');
    expect(sang.seats.find((s: { seat: { id: string } }) => s.seat.id === seat)).toMatchObject({ planned: 'kt-03', actual: 'kt-04', state: 'replaced' });
  });

  it('exports the log to .xlsx with the timesheet of the actual roster, and to .pdf', async () => {
    const { run, plan } = await cli('2026-02-14T08:00');
    await run('--shift', '2026-02-14/sang', '--absent', holderOf(plan, '2026-02-14/sang/ky-thuat'), '--reason', 'ốm');
    const dir = tempDir();
    const xlsx = join(dir, 'so-truc.xlsx');
    expect(await run('--out', xlsx)).toEqual({ code: 0, stdout: `Đã ghi ${xlsx}\n`, stderr: '' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(xlsx) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Cán bộ trực', 'Kiểm tra', 'Sự cố', 'Ghi chép, bàn giao', 'Chấm công (thực tế)']);
    const attendance = workbook.getWorksheet('Cán bộ trực')!;
    const rows: string[][] = [];
    attendance.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(String)));
    expect(rows.find((r) => r[7] === '2026-02-14/sang' && r[1] === 'Cán bộ kỹ thuật')?.slice(3, 7)).toEqual(['', 'Vắng', '', 'ốm']);

    expect((await run('--out', join(dir, 'so-truc.docx'))).code).toBe(2);
    const pdf = join(dir, 'so-truc.pdf');
    expect((await run('--out', pdf)).code).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('SỔ NHẬT KÝ TRỰC');
    expect(text).toContain('Bảng chấm công theo lịch trực thực tế');
    expect(text).toMatch(/Vắng\s+ốm/);
  }, 60_000);
});
