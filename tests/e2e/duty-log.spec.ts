import { storePlan } from '../helpers/publish';
import { tetRoster } from '../helpers/reminders';
import { expect, test } from './harness/fixtures';

// A published plan running at the test's clock (15/01/2026 09:00): 14/01 17:00 → 17/01 07:30 on 3 × 8,
// TET_STAFF in rotation. The morning of 15/01 is the shift on duty; the night before has ended.
const WINDOW = { start: '2026-01-14T17:00', end: '2026-01-17T07:30' };
const SHOTS = 'artifacts/screenshots';

test('during a published plan: check in, tick checks, an incident over two shifts, hand over, replace an absent technician, see the timesheet change', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = tetRoster({ window: WINDOW, name: 'Trực ATTT cao điểm tháng 1', publishedAt: '2026-01-10T02:00:00.000Z' });
  await storePlan(app.services(), plan);
  const holder = (seatId: string) => plan.staff.find((s) => s.id === plan.assignments.find((a) => a.seatId === seatId)!.staffId)!;
  const morningLeader = holder('2026-01-15/sang/lanh-dao');
  const nightLeader = holder('2026-01-14/dem/lanh-dao');
  const absentTech = holder('2026-01-15/sang/ky-thuat');
  // Worked the night until 06:00: standing in breaks the rest rule, which must be confirmed.
  const standIn = holder('2026-01-14/dem/ky-thuat');
  expect(standIn.id).not.toBe(absentTech.id);

  await app.open(`#/log/${plan.id}`);
  await expect(page.getByRole('heading', { name: 'Sổ nhật ký trực', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Ca sáng 06:00–14:00, Thứ Năm, 15\/01\/2026/ })).toBeVisible();
  await expect(page.getByText('Đang trực', { exact: true })).toBeVisible();

  // Check in the leader from the keyboard, and the security technician with a click.
  const crew = page.getByRole('table').first();
  await crew.getByRole('button', { name: `Ghi ${morningLeader.fullName} có mặt` }).focus();
  await page.keyboard.press('Enter');
  const leaderRow = crew.getByRole('row', { name: new RegExp(morningLeader.fullName) });
  await expect(leaderRow.locator('.badge')).toHaveText('Có mặt');
  await expect(leaderRow.getByRole('button', { name: /có mặt/ })).toHaveCount(0);
  await crew.getByRole('button', { name: `Ghi ${holder('2026-01-15/sang/ky-thuat-attt').fullName} có mặt` }).click();

  // Routine checks: two ticked, four still owed.
  for (const name of ['Màn hình giám sát an toàn thông tin tập trung (SOC)', 'Hệ thống phòng chống mã độc tập trung']) {
    const box = page.getByRole('checkbox', { name });
    await box.click();
    await expect(box).toBeChecked();
  }
  await expect(page.getByText('Đã kiểm tra 2/6')).toBeVisible();

  // The technician did not come: replaced by the night's technician, after reading the rule it breaks.
  await crew
    .getByRole('row', { name: new RegExp(absentTech.fullName) })
    .getByRole('button', { name: 'Thay người…' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Lý do thay người').fill('Ốm đột xuất');
  await dialog.getByRole('button', { name: new RegExp(standIn.fullName) }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Người thay vi phạm quy tắc phân ca' });
  await expect(confirm).toContainText('nghỉ giữa hai ca chỉ 0 giờ');
  await confirm.getByRole('button', { name: 'Vẫn ghi người thay' }).click();
  const replacedRow = crew.getByRole('row', { name: new RegExp(`${absentTech.fullName}.*${standIn.fullName}`) });
  await expect(replacedRow.locator('.badge')).toHaveText('Người thay');
  await expect(replacedRow.getByText('Ốm đột xuất')).toBeVisible();

  // The night before: an incident found at 05:30, and its handover signed by the night's leader.
  await page.keyboard.press('[');
  await expect(page.getByRole('heading', { name: /Ca đêm 22:00–06:00, Thứ Tư, 14\/01\/2026/ })).toBeVisible();
  await page.getByRole('button', { name: 'Ghi sự cố' }).click();
  const form = page.getByRole('dialog', { name: 'Ghi sự cố' });
  await form.getByLabel('Thời điểm phát hiện').fill('');
  await form.getByRole('button', { name: 'Ghi sự cố' }).click();
  await expect(form.getByText('Hãy nhập thời điểm phát hiện sự cố.')).toBeVisible();
  await expect(form.getByText('Hãy mô tả sự cố.')).toBeVisible();
  await form.getByLabel('Thời điểm phát hiện').fill('15/01/2026 05:30');
  await form.getByLabel('Hệ thống bị ảnh hưởng').fill('Cổng thông tin điện tử');
  await form.getByLabel('Loại sự cố').selectOption({ label: 'Thay đổi giao diện trang web (deface)' });
  await form.getByLabel('Mức độ').selectOption({ label: 'Cao' });
  await form.getByLabel('Mô tả').fill('Trang tin tức bị chèn nội dung lạ');
  await form.getByRole('button', { name: 'Ghi sự cố' }).click();
  await expect(page.getByText('Đã ghi sự cố SC-01.')).toBeVisible();
  await page.getByLabel('Nội dung bàn giao cho ca sau').fill('SC-01 chưa xử lý xong: đã cô lập máy chủ web, cần khôi phục từ bản sao lưu.');
  await page.getByRole('button', { name: 'Lưu bàn giao' }).click();
  await page.getByRole('button', { name: `Ký bàn giao: ${nightLeader.fullName}` }).click();
  await expect(page.getByText(`Đã ký: ${nightLeader.fullName}`)).toBeVisible();

  // Back to the morning: the handover is on its page, the incident too; it is handled here.
  await page.getByRole('link', { name: 'Ca sau →' }).click();
  const incoming = page.getByRole('region', { name: 'Ca trước bàn giao' });
  await expect(incoming).toContainText('SC-01 chưa xử lý xong');
  await expect(incoming).toContainText(`${nightLeader.fullName} ký lúc`);
  await page.getByLabel('Việc đã làm (SC-01)').fill('Khôi phục trang từ bản sao lưu 04:00, vá lỗ hổng plugin');
  await page.getByRole('button', { name: 'Thêm xử lý' }).click();
  await page.getByLabel('Báo cho (SC-01)').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Ghi đã báo' }).click();
  await page.getByLabel('Tình trạng (SC-01)').selectOption({ label: 'Đã xử lý xong' });
  await expect(page.getByText('Trải qua 2 ca')).toBeVisible();
  await expect(page.getByLabel('Nội dung bàn giao cho ca sau')).toHaveValue('');
  await page.locator('h1').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/duty-log-page.png` });
  await page.screenshot({ path: `${SHOTS}/duty-log-page-full.png`, fullPage: true });

  // The timesheet of the actual roster moves the morning's eight hours to the stand-in.
  await page.getByRole('link', { name: 'Chấm công' }).click();
  const sheet = page.getByRole('table', { name: 'Bảng chấm công theo lịch trực thực tế' });
  await expect(
    sheet
      .getByRole('row', { name: new RegExp(absentTech.fullName) })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('-8');
  await expect(
    sheet
      .getByRole('row', { name: new RegExp(standIn.fullName) })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('+8');
  await page.screenshot({ path: `${SHOTS}/duty-log-timesheet.png` });

  await page.getByRole('link', { name: 'Dòng thời gian' }).click();
  await expect(page.getByRole('link', { name: /Ca sáng 06:00–14:00 15\/01\/2026: 3\/3 có mặt, kiểm tra 2\/6/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/duty-log-timeline.png` });
  await page.getByRole('link', { name: 'Sự cố' }).click();
  await expect(page.getByRole('heading', { name: /SC-01 · Thay đổi giao diện/ })).toBeVisible();

  // What is stored is what was shown, and nothing of it changed the published roster.
  const stored = app.services().dutyLog.read(plan.id);
  expect(stored.incidents[0]!.statusHistory.map((s) => s.status)).toEqual(['open', 'handled']);
  expect(stored.incidents[0]!.notified).toHaveLength(1);
  expect(app.services().plans.get(plan.id).versions.at(-1)!.plan.assignments).toEqual(plan.versions.at(-1)!.plan.assignments);

  // The "now" view and the timeline in English.
  await app.services().settings.update({ language: 'en' });
  await app.open(`#/log/${plan.id}`);
  await expect(page.getByRole('heading', { name: /^Now: 15\/01\/2026 09:0\d$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Timeline' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/duty-log-now-en.png` });
  await page.getByRole('link', { name: 'Timeline' }).click();
  await page.screenshot({ path: `${SHOTS}/duty-log-timeline-en.png` });
  await app.services().settings.update({ language: 'vi' });
  await app.open(`#/log/${plan.id}`);
  await expect(page.getByRole('heading', { name: /^Bây giờ: 15\/01\/2026 09:0\d$/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/duty-log-now.png` });
});
