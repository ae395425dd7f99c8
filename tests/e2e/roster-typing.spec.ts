import type { Locator, Page } from '@playwright/test';
import { planToProblem } from '../../shared/plan/expand';
import { generateRoster } from '../../shared/roster/generate';
import { SAMPLE_STAFF } from '../../shared/staff/sample';
import { createTetPlan } from '../helpers/tet-plan';
import { expect, test } from './harness/fixtures';
import { RosterPage } from './harness/pages/roster-page';
import { DEFAULT_SKILLS } from '../../shared/staff/schema';

const shot = (name: string) => `artifacts/screenshots/${name}.png`;

const idOf = (fullName: string, unit?: string) => SAMPLE_STAFF.find((m) => m.fullName === fullName && (!unit || m.unit === unit))!.id;

/** The whole grid in the window: no day column scrolled away sideways, no seat line below the fold. */
async function expectWholePeriodShown(page: Page) {
  const wrap = page.locator('.roster-grid-wrap');
  const { scrollWidth, clientWidth, scrollHeight, clientHeight } = await wrap.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    scrollHeight: el.scrollHeight,
    clientHeight: el.clientHeight,
  }));
  expect(scrollWidth, 'no day column hidden behind a sideways scroll').toBeLessThanOrEqual(clientWidth);
  expect(scrollHeight, 'no seat line hidden below').toBeLessThanOrEqual(clientHeight);
  const viewport = page.viewportSize()!;
  const box = (await wrap.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // A short name cut to "Tuấn…" loses the initial that tells two Tuấns apart.
  const cut = await wrap.locator('.seat-name').evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
  expect(cut, `no short name cut off at ${viewport.width} px`).toEqual([]);
}

test('the whole Tết on one screen, filled by typing names: Enter, Tab, Delete, paste, a rule-breaking choice confirmed, undo, a locked seat explained', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = await createTetPlan(app.services());
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  const seat = (id: string): Locator => roster.seatOf(id);
  const stored = () => app.services().plans.get(plan.id);
  const holderOf = (seatId: string) => stored().assignments.find((a) => a.seatId === seatId)?.staffId;
  const saved = () => roster.expectSaved();
  const typer = page.getByRole('combobox');
  const options = roster.typerOptions;

  // The compact view is the first one: every day of the window across, every seat a line.
  const grid = page.getByRole('table', { name: 'Lịch trực cả kỳ: ngày theo cột, mỗi chỗ một dòng' });
  await expect(grid).toBeVisible();
  await expect(roster.dayColumns(grid)).toHaveCount(11);
  await expect(roster.allSeats(grid)).toHaveCount(planToProblem(plan, DEFAULT_SKILLS).seats.length);
  await expect(grid.locator('th[data-date="2026-02-17"] .mark-mung-1')).toBeVisible();
  await expectWholePeriodShown(page);

  // Enter assigns the best match of what is typed, without diacritics, and goes on to the next seat.
  const first = '2026-02-13/chieu';
  await seat(`${first}/lanh-dao`).focus();
  await page.keyboard.type('bao');
  await expect(typer).toHaveValue('bao');
  await expect(options.first()).toContainText('Trần Quốc Bảo');
  await page.keyboard.press('Enter');
  await expect(roster.shownHolder(`${first}/lanh-dao`)).toHaveText('Bảo T.');
  await expect(seat(`${first}/lanh-dao`)).toHaveAttribute('title', /Trần Quốc Bảo/);
  await expect(seat(`${first}/ky-thuat-attt`)).toBeFocused();

  // Whoever does not fit is greyed with why; Escape leaves the seat as it was.
  await page.keyboard.type('hung');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toHaveClass(/unavailable/);
  await expect(options.first()).toContainText('thiếu kỹ năng');
  await page.screenshot({ path: shot('roster-typing') });
  await page.keyboard.press('Escape');
  await expect(seat(`${first}/ky-thuat-attt`)).toBeFocused();
  await expect(seat(`${first}/ky-thuat-attt`)).toContainText('Trống');

  // Tab assigns too; on a seat with nothing typed it only goes on.
  await page.keyboard.type('mai');
  await expect(options.first()).toContainText('Hoàng Thị Mai');
  await expect(options.first()).not.toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Tab');
  await expect(roster.shownHolder(`${first}/ky-thuat-attt`)).toHaveText('Mai H.');
  await expect(seat(`${first}/ky-thuat`)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(seat('2026-02-13/dem/lanh-dao')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(seat(`${first}/ky-thuat`)).toBeFocused();

  // Two people share a name: the list tells them apart, the arrow chooses the second.
  await page.keyboard.type('hung');
  await expect(options).toHaveCount(2);
  const second = await RosterPage.candidateUnit(options.nth(1)).textContent();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await saved();
  expect(holderOf(`${first}/ky-thuat`)).toBe(idOf('Nguyễn Văn Hùng', second!.split(' · ').at(-1)));

  // The same leader on the night right after: the same confirmation as the picker's, then on.
  await expect(seat('2026-02-13/dem/lanh-dao')).toBeFocused();
  await page.keyboard.type('bao');
  await expect(options.first()).toHaveClass(/unavailable/);
  await expect(options.first()).toContainText('nghỉ giữa ca < 12 giờ');
  await page.keyboard.press('Enter');
  const warning = page.getByRole('alertdialog', { name: 'Thay đổi này vi phạm quy tắc bắt buộc' });
  await expect(warning).toContainText('Trần Quốc Bảo nghỉ giữa hai ca chỉ 0 giờ');
  await warning.getByRole('button', { name: 'Vẫn thay đổi' }).click();
  await expect(roster.shownHolder('2026-02-13/dem/lanh-dao')).toHaveText('Bảo T.');
  await expect(seat('2026-02-13/dem/ky-thuat-attt')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(seat('2026-02-13/dem/lanh-dao')).toContainText('Trống');

  // Delete empties a seat; undo brings the person back.
  await seat(`${first}/ky-thuat-attt`).focus();
  await page.keyboard.press('Delete');
  await expect(seat(`${first}/ky-thuat-attt`)).toContainText('Trống');
  await page.keyboard.press('Control+z');
  await expect(roster.shownHolder(`${first}/ky-thuat-attt`)).toHaveText('Mai H.');

  // A column of names pasted from a spreadsheet fills the seats from the focused one on, as one edit.
  const morning = '2026-02-14/sang';
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('Phạm Minh Tuấn\r\nngo quang huy\r\nTrịnh Văn Đông\r\n'));
  await seat(`${morning}/lanh-dao`).focus();
  await page.keyboard.press('Control+v');
  await expect(roster.shownHolder(`${morning}/lanh-dao`)).toHaveText('Tuấn P.');
  await expect(roster.shownHolder(`${morning}/ky-thuat-attt`)).toHaveText('Huy N.');
  await expect(roster.shownHolder(`${morning}/ky-thuat`)).toHaveText('Đông T.');
  await expect(seat('2026-02-14/chieu/lanh-dao')).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(roster.heldSeats('Ca sáng', '2026-02-14')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(roster.heldSeats('Ca sáng', '2026-02-14')).toHaveCount(3);
  await saved();
  expect([`${morning}/lanh-dao`, `${morning}/ky-thuat-attt`, `${morning}/ky-thuat`].map(holderOf)).toEqual([idOf('Phạm Minh Tuấn'), idOf('Ngô Quang Huy'), idOf('Trịnh Văn Đông')]);

  // A name nobody has opens the list with it, saying so.
  await page.evaluate(() => navigator.clipboard.writeText('Không Ai Cả'));
  await seat('2026-02-14/chieu/lanh-dao').focus();
  await page.keyboard.press('Control+v');
  await expect(typer).toHaveValue('Không Ai Cả');
  await expect(roster.typer).toContainText('Không có ai khớp với "Không Ai Cả".');
  await page.keyboard.press('Escape');

  // A locked seat: typing on it or dropping on it says why nothing changed.
  await seat(`${first}/lanh-dao`).focus();
  await page.keyboard.press('Control+l');
  await expect(seat(`${first}/lanh-dao`).getByRole('img', { name: 'Đã khoá' })).toBeVisible();
  const lockedNotice = page.locator('.notice', { hasText: 'Lãnh đạo trực · Ca chiều ngày 13/02/2026 đã khoá nên không đổi được.' });
  await page.keyboard.type('l');
  await expect(lockedNotice).toHaveCount(1);
  await expect(typer).toHaveCount(0);
  await lockedNotice.getByRole('button', { name: 'Đóng' }).click();
  await expect(lockedNotice).toHaveCount(0);
  await seat(`${morning}/lanh-dao`).dragTo(seat(`${first}/lanh-dao`));
  await expect(lockedNotice).toHaveCount(1);
  await expect(roster.shownHolder(`${first}/lanh-dao`)).toHaveText('Bảo T.');
  await expect(roster.shownHolder(`${morning}/lanh-dao`)).toHaveText('Tuấn P.');
  await saved();
  expect(stored().assignments.find((a) => a.seatId === `${first}/lanh-dao`)).toMatchObject({ staffId: idOf('Trần Quốc Bảo'), locked: true });

  // Filled by the generator, the whole period still fits at 1366×768, at 1920×1080 and at 1024 px.
  await page.getByRole('button', { name: 'Điền chỗ trống' }).click();
  await expect(roster.emptySeats()).toHaveCount(0);
  await page.mouse.move(0, 0);
  await expectWholePeriodShown(page);
  await page.screenshot({ path: shot('roster-compact-1366') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectWholePeriodShown(page);
  await page.screenshot({ path: shot('roster-compact-1920') });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: shot('roster-compact-1024') });
  await expectWholePeriodShown(page);
});

test('a name typed with Ctrl+Enter gives every unlocked shift of the seat’s person to the one chosen, as one undo step', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = await createTetPlan(app.services());
  const services = app.services();
  const { assignments } = generateRoster(planToProblem(plan, DEFAULT_SKILLS), { seed: 1, mode: 'regenerate' });
  // Vũ Hoàng Long's first seat is locked: it stays his.
  const long = idOf('Vũ Hoàng Long');
  const his = assignments.filter((a) => a.staffId === long).map((a) => a.seatId);
  expect(his.length).toBeGreaterThan(2);
  const [kept, ...given] = his;
  await services.plans.update(plan.id, { assignments: assignments.map((a) => (a.seatId === kept ? { ...a, locked: true } : a)) });
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  const stored = () => app.services().plans.get(plan.id).assignments;
  const holders = (seats: readonly string[]) => seats.map((id) => stored().find((a) => a.seatId === id)?.staffId);
  const saved = () => roster.expectSaved();

  await roster.seatOf(given[0]!).focus();
  await page.keyboard.type('ba');
  await expect(page.locator('.seat-typer-hint')).toHaveText('Ctrl+Enter — giao mọi ca chưa khoá của Vũ Hoàng Long cho người được chọn');
  await expect(roster.typerHighlighted).toContainText('Trần Quốc Bảo');
  await page.screenshot({ path: shot('roster-hand-over') });
  await page.keyboard.press('Control+Enter');
  // Taking them all may break a rule (rest, nights): the same confirmation as for one seat.
  const warning = page.getByRole('alertdialog', { name: 'Thay đổi này vi phạm quy tắc bắt buộc' });
  await expect(roster.shownHolder(given[0]!).filter({ hasText: 'Bảo T.' }).or(warning)).toBeVisible();
  if (await warning.isVisible()) await warning.getByRole('button', { name: 'Vẫn thay đổi' }).click();
  await expect(roster.shownHolder(given[0]!)).toHaveText('Bảo T.');
  await saved();
  expect(holders(given)).toEqual(given.map(() => idOf('Trần Quốc Bảo')));
  expect(holders([kept!])).toEqual([long]);
  expect(stored()).toHaveLength(assignments.length);

  await page.keyboard.press('Control+z');
  await expect(roster.shownHolder(given[0]!)).toHaveText('Long V.');
  await saved();
  expect(holders(his)).toEqual(his.map(() => long));
});

test('a list that opens under a still pointer keeps the highlight on the best match: a letter and Enter give the seat to that person', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const plan = await createTetPlan(app.services());
  await app.open(`#/roster/${plan.id}`);
  const roster = new RosterPage(page, plan);
  const options = roster.typerOptions;
  const target = '2026-02-13/chieu/ky-thuat';

  // Where the list opens for this seat, who is best for "h", and which row sits under the parked pointer.
  await roster.seatOf(target).focus();
  await page.keyboard.type('h');
  await expect(options.nth(2)).toBeVisible();
  await expect(options.first()).not.toHaveAttribute('aria-disabled', 'true');
  const best = (await options.first().getAttribute('data-staff-id'))!;
  const under = (await options.nth(2).boundingBox())!;
  await page.keyboard.press('Escape');
  await page.mouse.move(under.x + under.width / 2, under.y + under.height / 2);

  // A fast typist: the letter and Enter come before anyone moves the mouse.
  await roster.seatOf(target).focus();
  await page.keyboard.type('h');
  await expect(options.nth(2)).toBeVisible();
  await expect(roster.typerHighlighted).toHaveAttribute('data-staff-id', best);
  await page.keyboard.press('Enter');
  await expect(roster.seatOf(target)).not.toContainText('Trống');
  await roster.expectSaved();
  expect(
    app
      .services()
      .plans.get(plan.id)
      .assignments.find((a) => a.seatId === target)?.staffId,
  ).toBe(best);
});
