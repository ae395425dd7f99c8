import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tetPlan } from '../helpers/tet-plan';
import { vn } from '../helpers/clock';
import { storePlan } from '../helpers/publish';
import { TET_STAFF } from '../helpers/reminders';
import { sequentialIds, tempServices } from '../helpers/services';

/** A stored draft Tết 2026 (duty from 13/02/2026 17:00) and `lich-truc readiness` over its folder. */
async function cli(nowVn: string) {
  const env = tempServices({ now: new Date(vn(nowVn)) });
  await storePlan(env.services, tetPlan({ staff: TET_STAFF }));
  const ids = sequentialIds('task');
  return {
    env,
    async run(...argv: string[]) {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--data-dir', env.dataDir, 'readiness', ...argv], { out: (t) => void (stdout += t), err: (t) => void (stderr += t) }, { clock: env.clock, ids });
      return { code, stdout, stderr };
    },
  };
}

describe('lich-truc readiness', () => {
  it("lists the letters' tasks, adds one, marks one done, and says what is overdue by the clock", async () => {
    const { env, run } = await cli('2026-02-10T09:00');
    const listed = await run('tet-2026');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('1. [Chưa làm] Rà soát, khắc phục lỗ hổng bảo mật trên các hệ thống thông tin — chưa giao, hạn 12/02/2026');
    expect(listed.stdout).toContain('0/7 việc xong');

    const added = await run('tet-2026', 'add', 'Kiểm tra UPS phòng máy chủ', '--assignee', 'kt-03', '--due', '9/2/2026', '--note', 'Cả máy phát');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('8. [Chưa làm] Kiểm tra UPS phòng máy chủ — Hoàng Văn Cường, hạn 09/02/2026 (QUÁ HẠN)');
    expect(added.stdout).toContain('1 việc chuẩn bị quá hạn chưa xong');

    const done = await run('tet-2026', 'done', '8');
    expect(done.stdout).toContain('8. [Xong] Kiểm tra UPS phòng máy chủ');
    expect(env.restart().readiness.view('tet-2026').tasks.at(-1)).toMatchObject({ status: 'done', note: 'Cả máy phát', doneAt: env.clock.now().toISOString() });

    const json = JSON.parse((await run('tet-2026', 'list', '--json')).stdout);
    expect(json.tasks).toHaveLength(8);
  });

  it('refuses a due date not before duty, an unknown task or person, and a bad status, each in one line', async () => {
    const { run } = await cli('2026-01-20T09:00');
    const late = await run('tet-2026', 'set', 'backup', '--due', '13/02/2026');
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('Hạn 13/02/2026 không trước thời gian trực (bắt đầu 13/02/2026 17:00)');
    expect((await run('tet-2026', 'done', '99')).stderr).toContain('Không có việc chuẩn bị 99');
    expect((await run('tet-2026', 'set', '1', '--assignee', 'ghost')).stderr).toContain('Không có cán bộ mã ghost');
    const status = await run('tet-2026', 'set', '1', '--status', 'finished');
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('--status phải là một trong: todo, doing, done');
    expect((await run('tet-2026', 'set', '1', '--due', '31/02/2026')).code).toBe(2);
  });
});
