import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** "Nhân sự" (#/staff): the directory, its search, and a file imported through its preview. */
export class StaffPage {
  constructor(readonly page: Page) {}

  /** "Nhập từ tệp…" and the browser's own file picker: the page gets the file's bytes and name, never its path. */
  async pickFile(fixture: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Nhập từ tệp…' }).click();
    await (await chooser).setFiles(resolve(fixture));
  }

  /** The import preview: what each row of the file would become. */
  get importDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Nhập danh bạ từ tệp' });
  }

  /** The preview of the file's row `n`, numbered as the spreadsheet numbers it. */
  previewRow(n: number): Locator {
    return this.importDialog.locator(`tr[data-row="${n}"]`);
  }

  /** A preview row's warnings (imported all the same), as opposed to its errors. */
  warningsOf(n: number): Locator {
    return this.previewRow(n).getByTestId('problem-warning');
  }

  /** "Cột X là": the file's columns and what each is taken for. */
  get columnMapping(): Locator {
    return this.importDialog.getByTestId('column-mapping');
  }

  /** The skills the file names and Settings lacks, each to add, map or ignore. */
  get unknownSkills(): Locator {
    return this.importDialog.getByTestId('unknown-skills');
  }

  get table(): Locator {
    return this.page.getByTestId('staff');
  }

  /** One line per person shown. */
  get rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }

  /** A person's line, found by any text on it. */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** The full names, in the table's order. */
  get names(): Locator {
    return this.table.getByTestId('staff-name');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Tìm theo tên, đơn vị, số điện thoại, email').fill(text);
  }
}
