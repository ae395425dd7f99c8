import type { Locator, Page } from '@playwright/test';

/** "Nhắc nhở" (#/reminders) as its user sees it, in either language: pass the words of the UI's language. */
export class RemindersPage {
  constructor(readonly page: Page) {}

  /** The delivery log table, by its caption ("Nhật ký gửi" / "Delivery log"). */
  log(name: string): Locator {
    return this.page.getByRole('table', { name });
  }

  /** Why each logged delivery went as it did (failed, missed, will retry). */
  reasons(log: Locator): Locator {
    return log.locator('.reason');
  }

  /** The mail settings form, by its heading. */
  mailForm(name: string): Locator {
    return this.page.getByRole('form', { name });
  }

  /** The error toast a failed action leaves. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
