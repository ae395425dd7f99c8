import type { Locator, Page } from '@playwright/test';

/** "Kế hoạch trực" (#/plans): the plans, a new one by hand, a plan file imported, the Thùng rác. */
export class PlansPage {
  constructor(readonly page: Page) {}

  /** The list's own table: a deleted plan also shows in the Thùng rác's. */
  get table(): Locator {
    return this.page.getByTestId('plans');
  }

  /** One line per plan. */
  get rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  /** The plan's line, found by its name. */
  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** "Tạo kế hoạch" by hand: a name and the period as the user types it ("13/02/2026 17:00"). */
  async create(name: string, start: string, end: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Tạo kế hoạch' }).click();
    await this.page.getByLabel('Tên kế hoạch').fill(name);
    await this.page.getByLabel('Bắt đầu trực').fill(start);
    await this.page.getByLabel('Kết thúc trực').fill(end);
    await this.page.getByRole('button', { name: 'Tạo', exact: true }).click();
  }

  /** "Đổi tên" on the plan's line, the new name typed and Enter. */
  async rename(from: string, to: string): Promise<void> {
    await this.row(from).getByRole('button', { name: 'Đổi tên' }).click();
    await this.page.getByLabel('Tên mới').fill(to);
    await this.page.getByLabel('Tên mới').press('Enter');
  }

  /** "Nhập tệp kế hoạch…" and the file given to the browser's own picker. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập tệp kế hoạch…' }).click();
    await (await chooser).setFiles(path);
  }

  /** What a plan file already here asks. */
  get reimport(): Locator {
    return this.page.getByRole('dialog', { name: 'Kế hoạch này đã có trong ứng dụng' });
  }

  /** The Thùng rác, there only while it holds a plan. */
  get trash(): Locator {
    return this.page.getByTestId('trash');
  }

  /** Opens the Thùng rác, which says how many plans it holds. */
  async openTrash(count: number): Promise<void> {
    await this.trash.getByText(`Thùng rác (${count})`).click();
  }
}
