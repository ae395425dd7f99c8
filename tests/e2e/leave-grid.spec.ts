import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { expect, test } from './harness/fixtures';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

test('leave and wishes typed into the plan grid like a spreadsheet: N, Đ, +, −, a range, a column pasted from Excel', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.services().staff.loadSample();
  const plan = await app.services().plans.create({ name: 'Trực Tết Bính Ngọ 2026', window: { start: '2026-02-13T17:00', end: '2026-02-23T07:30' } });
  await app.open(`#/plans/${plan.id}`);
  await page.getByRole('link', { name: 'Ca trực & nhân sự' }).click();
  const grid = page.getByRole('grid', { name: 'Nghỉ và nguyện vọng: mỗi người một dòng, mỗi ngày một cột' });
  await expect(grid).toBeVisible();
  const idOf = (name: string) => SAMPLE_STAFF.find((m) => m.fullName === name)!.id;
  const cell = (name: string, date: string) => grid.locator(`tr[data-leave-row="${idOf(name)}"] td[data-date="${date}"]`);
  const participant = (name: string) =>
    app
      .services()
      .plans.get(plan.id)
      .participants.find((p) => p.staffId === idOf(name))!;
  const saved = () => expect(page.locator('.save-status')).toHaveText('Đã lưu');

  // N on one day, then Shift+arrows over two more days and N again: one leave of three whole days.
  await cell('Trần Quốc Bảo', '2026-02-15').click();
  await page.keyboard.press('n');
  await expect(cell('Trần Quốc Bảo', '2026-02-15')).toHaveText('N');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(3);
  await page.keyboard.press('N');
  await expect(cell('Trần Quốc Bảo', '2026-02-17')).toHaveText('N');
  await saved();
  expect(participant('Trần Quốc Bảo').leave).toEqual([{ start: '2026-02-15T00:00', end: '2026-02-18T00:00', reason: 'Về quê ăn Tết' }]);

  // The arrow goes on without the range; Đ, + and − are that night, a wish and an avoided day.
  await cell('Trần Quốc Bảo', '2026-02-17').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('d');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('+');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('-');
  await expect(grid.locator(`tr[data-leave-row="${idOf('Trần Quốc Bảo')}"] td`)).toHaveText(['', '', 'N', 'N', 'N', 'Đ', '+', '−', '', '', '']);
  await saved();
  expect(participant('Trần Quốc Bảo')).toMatchObject({
    leave: [
      { start: '2026-02-15T00:00', end: '2026-02-18T00:00' },
      { start: '2026-02-18T22:00', end: '2026-02-19T06:00', reason: 'Không trực đêm' },
    ],
    preferredDays: ['2026-02-19'],
    avoidedDays: ['2026-02-20'],
  });

  // A column copied from Excel lands from the focused cell down, an empty cell clearing its day.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('N\r\nn\r\n\r\nĐ\r\n'));
  const rows = grid.locator('tbody tr');
  const firstFour = await rows.evaluateAll((trs) => trs.slice(0, 4).map((tr) => tr.getAttribute('data-leave-row')!));
  await rows.nth(0).locator('td[data-date="2026-02-14"]').click();
  await page.keyboard.press('Control+v');
  await expect(rows.nth(0).locator('td[data-date="2026-02-14"]')).toHaveText('N');
  await expect(rows.nth(1).locator('td[data-date="2026-02-14"]')).toHaveText('N');
  await expect(rows.nth(2).locator('td[data-date="2026-02-14"]')).toHaveText('');
  await expect(rows.nth(3).locator('td[data-date="2026-02-14"]')).toHaveText('Đ');
  await saved();
  const stored = app.services().plans.get(plan.id).participants;
  expect(
    firstFour.map((id) =>
      stored
        .find((p) => p.staffId === id)!
        .leave.filter((l) => l.start.startsWith('2026-02-14'))
        .map((l) => `${l.start}→${l.end}`),
    ),
  ).toEqual([['2026-02-14T00:00→2026-02-15T00:00'], ['2026-02-14T00:00→2026-02-15T00:00'], [], ['2026-02-14T22:00→2026-02-15T06:00']]);

  // A range dragged with the mouse, then Delete clears it.
  await rows.nth(0).locator('td[data-date="2026-02-20"]').hover();
  await page.mouse.down();
  await rows.nth(2).locator('td[data-date="2026-02-21"]').hover();
  await page.mouse.up();
  await expect(grid.locator('[aria-selected="true"]')).toHaveCount(6);
  await page.keyboard.press('+');
  await expect(rows.nth(1).locator('td[data-date="2026-02-21"]')).toHaveText('+');
  await page.screenshot({ path: shot('leave-grid') });
  await page.keyboard.press('Delete');
  await expect(rows.nth(1).locator('td[data-date="2026-02-21"]')).toHaveText('');

  // The per-person list counts what the grid stored (his three days, that night, the pasted night), and it survives a restart.
  await saved();
  app.restartServices();
  await page.reload();
  await expect(cell('Trần Quốc Bảo', '2026-02-16')).toHaveText('N');
  await expect(page.locator(`li[data-person="${idOf('Trần Quốc Bảo')}"]`)).toContainText('3 kỳ nghỉ');
});
